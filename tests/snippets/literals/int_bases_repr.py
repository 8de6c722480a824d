for n in [0, 1, 255, -255, 2 ** 70, -(2 ** 70)]:
    print(n, hex(n), oct(n), bin(n))
print(0b1111_0000, 0o7_7_7, 0xA_B_C)
print(int("ff", 16), int("0xff", 16), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("  42  "), int("1_000"), int("-1_0"))
