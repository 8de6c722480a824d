# bin/oct/hex on ints, bools, big and negative values and __index__ objects; errors for floats
class I:
    def __index__(self):
        return -255
for v in [0, 1, -1, 255, -255, 2**64, -(2**100), True, I()]:
    print(bin(v), oct(v), hex(v))
print(int(bin(12345), 0), int(oct(-777), 0), int(hex(2**70), 16 if False else 0))
for v in [1.5, '10', None, 1j]:
    for f in (bin, oct, hex):
        try:
            f(v)
        except TypeError as e:
            print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return 1.5
try:
    hex(BadIndex())
except TypeError as e:
    print(type(e).__name__, e)
