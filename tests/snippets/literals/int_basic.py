print(0, 1, -1, 42)
print(1_000_000, 0x_ff, 0o_17, 0b_1010)
print(0xff, 0XFF, 0o777, 0O10, 0b1011, 0B11)
print(0xdead_beef)
print(7 if False else 0o7)
print(type(10), type(0x10))
print(int("123"), int("-0"))
x = 12345678901234567890
print(x, type(x))
