t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.index(3), t.index(2, 2), len(t), t[1:4], t[::-1], t + (4,), t * 2)
print((1,) == (1,), (1, 2) < (1, 3), () < (0,), max(t), min(t), sorted(t))
x, y, *z = t
print(x, y, z)
nested = ((1, 2), (3, 4))
print(nested[1][0], [a + b for a, b in nested])
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
print(tuple([1, [2]]), hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
