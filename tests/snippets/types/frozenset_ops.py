f = frozenset([3, 1, 2])
g = frozenset([2, 3, 4])
print(f, f | g, f & g, f - g, f ^ g, type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__)
print(f == {1, 2, 3}, f < frozenset(range(5)), 2 in f)
d = {f: "frozen key"}
print(d[frozenset([1, 2, 3])])
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
s = {frozenset([1]), frozenset([1])}
print(len(s))
