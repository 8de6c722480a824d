d = {}
d[1] = "int"
d[1.0] = "float overwrites"
d[(1, 2)] = "tuple"
d["s"] = "str"
d[None] = "none"
print(d)
nested = {}
nested.setdefault("x", {})["y"] = 1
print(nested)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
