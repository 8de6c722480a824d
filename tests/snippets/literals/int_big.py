a = 2 ** 100
print(a)
print(-a)
print(a * a)
b = 123456789012345678901234567890123456789
print(b + 1, b - 1)
print(b // 7, b % 7)
print(len(str(2 ** 1000)))
print(str(3 ** 200)[:20], str(3 ** 200)[-20:])
print(0xffffffffffffffffffffffffffffffff)
print(-0x8000000000000000 - 1)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(18446744073709551615 * 18446744073709551615)
c = 1
for i in range(1, 40):
    c *= i
print(c)
print(c // (2 ** 64), c % 1000000007)
