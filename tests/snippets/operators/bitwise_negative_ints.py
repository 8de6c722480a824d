vals = [-1, -2, -7, -128, -(2 ** 70), 5, 0]
for v in vals:
    print(v, v & 0xFF, v | 1, v ^ -1, ~v, v >> 1, v >> 100, v << 3)
print(-5 & -3, -5 | -3, -5 ^ -3, -5 & 3, -5 | 3, -5 ^ 3)
print(-1 >> 1, -3 >> 1, -4 >> 2, (-(2 ** 100)) >> 99)
print((-1) & (2 ** 64 - 1) == 2 ** 64 - 1, -1 % 256, (-200) & 0xFF)
def to_signed(n, bits):
    n &= (1 << bits) - 1
    return n - (1 << bits) if n >> (bits - 1) else n
print([to_signed(x, 8) for x in (0x7F, 0x80, 0xFF, 0x100, -1)])
print((-10).bit_length(), (-1).bit_length(), (2 ** 70).bit_length(), (-(2 ** 70)).bit_length())
print(bin(-10), format(-10, "b"), format(-10 & 0xFF, "08b"), (-10).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xf6", "big", signed=True), (255).bit_count() if hasattr(int, "bit_count") else 8)
print(True & False, True | 2, True ^ True, ~True, ~False, type(True & True).__name__, type(True & 1).__name__)
for expr in ["1 << -1", "1 >> -1", "1.0 & 1", "1 << 1.0"]:
    try:
        eval(expr)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(1 << 100 >> 98, 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), ~0 & 0xF)
