print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, 2 ** -1)
print(10 - 4 - 3, 2 ** 3 ** 2, 100 / 10 / 5, 7 % 3 * 2)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, 1 << 2 + 1, ~1 + 1)
print(not 1 == 2, not (1 and 0), 1 < 2 == 2)
print(3 & 5 == 1, (3 & 5) == 1)
print(-3 // 2, -(3 // 2), 2 * -3, 1 - -1)
print(True + True * 2, 1 if 0 else 2 if 1 else 3)
x = 5
print(x > 3 and x < 10 or x == 0, not x > 3 or x)
f = lambda: 1 if False else 2 * 3
print(f())
