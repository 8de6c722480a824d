print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
print(list(enumerate(["x"], start=-2)))
e = enumerate("ab")
print(next(e), next(e))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(2), range(2), range(2))))
a, b = zip(*[(1, "x"), (2, "y")])
print(a, b)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(dict(zip(["k1", "k2"], [10, 20])))
