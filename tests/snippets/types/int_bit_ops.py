# int.bit_length / bit_count and bitwise operators on small and big, positive and negative ints
for n in [0, 1, -1, 2, 7, 8, -8, 255, 256, -255, 2**31 - 1, 2**63, -(2**63), 10**30, -(10**30) + 1]:
    print(n, n.bit_length(), n.bit_count())
print(True.bit_length(), False.bit_count())
a, b = 0b1100_1010, -0b0101
print(a & b, a | b, a ^ b, ~a, ~b)
big = 2**100 + 12345
print(big & 0xFFFF, big | 1, big ^ big, ~big, -big & 0xFF)
print((-1) & (2**70), (-(2**70)) | 3, (-(2**70)) ^ (-1))
print(int.bit_length(5), int.bit_count(-5))
for bad in ["x", 1.5, None]:
    try:
        print(5 & bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int.bit_length("s")
except TypeError as e:
    print(type(e).__name__, e)
