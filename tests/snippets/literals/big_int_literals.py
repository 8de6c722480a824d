n = 123_456_789_012_345_678_901_234_567_890
print(n)
print(0x1_0000_0000_0000_0000_0000)
print(0b1 << 200)
print(0o7777777777777777777777777)
m = -n
print(m, abs(m) == n, m < 0)
print(n.bit_length(), (n * n).bit_length())
print(str(10 ** 50))
print(int("9" * 40) + 1)
print(int("-" + "1" * 30, 2))
