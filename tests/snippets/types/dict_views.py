d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
print(list(k), list(v), len(i))
print("a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i)
print(k & {"a", "z"} == {"a"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(i)[:2], list(reversed(k)), type(k).__name__, type(v).__name__, type(i).__name__)
del d["a"]
print(list(k))
