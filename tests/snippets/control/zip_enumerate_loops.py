names = ["ann", "bob", "cy"]
ages = [30, 25, 41, 99]
for name, age in zip(names, ages):
    print(name, age)
for i, name in enumerate(names, 1):
    print(i, name)
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)
print(list(zip()), list(zip([1, 2])), list(zip("ab", "cd", "ef")))
for a, b in zip(range(3), reversed(range(3))):
    print(a + b, end=" ")
print()
