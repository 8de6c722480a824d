counts = [3, 1, 0, -2]
for c in counts:
    print(c, 8 >> c, 1 << c)
