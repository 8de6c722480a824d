def f(a, b):
    return a + b
def g(x, *, y):
    return x
def h():
    return 0
tests = [lambda: f(1), lambda: f(), lambda: f(1, 2, 3), lambda: f(1, 2, c=3),
         lambda: f(1, a=1), lambda: g(1, 2), lambda: g(1), lambda: h(1),
         lambda: h(x=1), lambda: f(*[1, 2, 3]), lambda: f(**{"a": 1})]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
