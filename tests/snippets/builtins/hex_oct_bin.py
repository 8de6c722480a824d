for n in [0, 1, 10, 255, -255, 4096, 2 ** 64, -(2 ** 64)]:
    print(hex(n), oct(n), bin(n))
print(hex(True), bin(False))
class I:
    def __index__(self):
        return 42
print(hex(I()), oct(I()), bin(I()))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print(int(hex(12345), 16), int(bin(999), 2), int(oct(77), 8))
