print({5, 3, 1}, {10, 20, 30, 40}, {-1, -2, 0}, {100, 1, 10})
print(set(range(10, 0, -1)), {x * 3 for x in range(8)})
print(sorted({"b", "a", "c"}), len({"b", "a"}))
print(set([1, 2]) == {2, 1}, {1} != {1.0})
