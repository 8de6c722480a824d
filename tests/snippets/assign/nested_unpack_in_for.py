pairs = {"a": [1, 2], "b": [3, 4]}
for key, (lo, hi) in pairs.items():
    print(key, lo + hi)
for i, (a, *b) in enumerate([[1, 2, 3], [4], [5, 6]]):
    print(i, a, b)
matrix = [[1, 2], [3, 4]]
for (a, b), (c, d) in [matrix]:
    print(a, b, c, d)
