x = 1
for i in range(70):
    x *= 2
print(x)
y = 9223372036854775807
print(y + 1, y * 2, -y - 2, y * y)
z = -9223372036854775808
print(z - 1, z * -1, abs(z), -z, z // -1)
print(4611686018427387904 * 2, 4611686018427387904 + 4611686018427387904)
print(3037000500 * 3037000500)
print((2 ** 64 - 1) & (2 ** 32 - 1))
acc = 0
for i in range(100):
    acc = acc * 31 + i
print(acc)
print(acc % 2 ** 64)
