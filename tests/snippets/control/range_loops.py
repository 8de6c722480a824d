print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)))
print(list(range(10, 0, -2)), list(range(0)), list(range(5, 1)))
print(list(range(-5, 5, 3)), list(range(1, -10, -4)))
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(3, -1, -1):
    print(i, end=" ")
print()
r = range(2 ** 70, 2 ** 70 + 3)
for v in r:
    print(v)
