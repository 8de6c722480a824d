def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, a=3))
print(f(*[1, 2], *(3,), **{"x": 1}, y=2))
def g(a, *rest, key=None, **extra):
    print(a, rest, key, extra)
g(1)
g(1, 2, 3, key="k", z=26)
args = (10, 20)
kw = {"key": "K"}
g(*args, **kw)
def h(a, b, c):
    return a * 100 + b * 10 + c
print(h(*"123"[:0], 1, *[2], c=3), h(**{"c": 1, "b": 2, "a": 3}))
