print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(-(2 ** 100)), abs(True))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(max([1, -5, 3], key=abs), min(["ccc", "a", "bb"], key=len))
print(max([], default="empty"), min((), default=None))
print(max([(1, "b"), (1, "a")]), max([2, 2.0]), max([2.0, 2]))
print(max(["a", "b", "c"], key=lambda s: 0), min([3, 1, 1, 2], key=lambda x: -x))
for args in [(), ([],)]:
    try:
        max(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
