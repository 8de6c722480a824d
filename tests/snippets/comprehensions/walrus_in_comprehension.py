data = [4, 9, 16, 25]
roots = [r for x in data if (r := int(x ** 0.5)) % 2 == 0]
print(roots, r)
running = 0
sums = [running := running + x for x in range(5)]
print(sums, running)
print([y for x in range(5) if (y := x * 3) > 5])
