points = [(1, 2), (3, 4), (5, 6)]
print([x + y for x, y in points])
print([a for a, *_ in [(1, 2, 3), (4,)]])
print({k: (a, b) for k, (a, b) in zip("xyz", points)})
print([(i, c) for i, c in enumerate("hey") if i != 1])
data = {"a": [1, 2], "b": [3]}
print([(k, v) for k, vs in data.items() for v in vs])
