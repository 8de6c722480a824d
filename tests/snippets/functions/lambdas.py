sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])))
print((lambda x, y=5: x + y)(1), (lambda x, /, y: x - y)(10, y=3))
print(type(sq).__name__, sq.__name__)
