print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=True))
print(dict(zip("abc", range(3))), dict.fromkeys(["a", "b"], 0), dict.fromkeys("xy"))
d = {"a": 1}
d2 = dict(d)
d2["b"] = 2
print(d, d2)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
