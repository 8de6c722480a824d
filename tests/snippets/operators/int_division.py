pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (1, 7)]
for a, b in pairs:
    print(a, b, a / b, a // b, a % b, divmod(a, b))
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, -(10 ** 30) % 7)
print(divmod(-(2 ** 70), 3), divmod(2 ** 70, -3))
print(type(6 / 3).__name__, 6 / 3)
print(2 ** 60 / 3)
