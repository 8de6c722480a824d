print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
big = 2 ** 80 + 12345
print(big & 0xffff, big | 1, big ^ big, ~big)
print(-big & 0xffffffff, (-big) | 0xff, -big ^ -1)
print(1 << 10, 1 << 100, 5 << 0, -5 << 3)
print(1024 >> 3, -1024 >> 3, -1 >> 100, 7 >> 100, 2 ** 100 >> 90)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(0b1010 & 0b0110 == 0b0010)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
