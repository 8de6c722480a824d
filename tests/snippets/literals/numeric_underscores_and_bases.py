print(1_000_000, 0x_FF, 0o_17, 0b_1010, 0xdead_beef, 0B1_0_1)
print(1_0.5_0, 1_0e1_0, .5_5, 1e-0_3, 0_0, 00)
print(0XAB, 0O777, 0b0, 0x0, 0o0)
print(int("1_000"), int("0x_1f", 16), int("0b101", 0), int("0o_7", 0), int(" 12 "))
print(float("1_0.5"), float("  -1E3 "), float("+.5"), float("5."))
for bad in ["1__0", "_1", "1_", "0x", "1_e5", "0b102"]:
    try:
        int(bad, 0)
    except ValueError as e:
        print(type(e).__name__, e)
for src in ["1__0", "0x_", "1_", "0b2", "0o8", "1.e_5", "012"]:
    try:
        compile(src, "<lit>", "eval")
        print("compiled", src)
    except SyntaxError as e:
        print("SyntaxError", src)
print(hex(-255), oct(-8), bin(-5), hex(0), bin(2**65))
print(f"{255:#x} {255:#o} {5:#b} {255:X} {1234567:_} {1234567:,} {0xFFFF:_x} {255:08b}")
print(0x10 + 0o10 + 0b10 + 10, 1_0j, 0xF.real)
