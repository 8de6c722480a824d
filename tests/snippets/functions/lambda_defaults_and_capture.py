x = 10
f = lambda a, b=x, *c, d=x * 2, **e: (a, b, c, d, sorted(e))
x = 99
print(f(1), f(1, 2, 3, 4, d=5, z=6))
print(f.__defaults__, f.__kwdefaults__)
acc = []
g = lambda item, lst=acc: lst.append(item) or lst
g(1); g(2)
print(acc, g(3, []))
print((lambda: (yield))().__class__.__name__)
print((lambda *a: a)(), (lambda **k: k)(q=1))
compose = lambda *fs: lambda v: [v := fn(v) for fn in fs][-1]
print(compose(lambda n: n + 1, lambda n: n * 10, str)(4))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
adders = {k: (lambda n, k=k: n + k) for k in range(3)}
print([adders[k](10) for k in adders])
y = lambda: undefined_name
try:
    y()
except NameError as e:
    print(type(e).__name__, e)
cond = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([cond(n) for n in (-1, 0, 1)])
rec = lambda n: 1 if n <= 1 else n * rec(n - 1)
print(rec(10))
print((lambda a, /, b: a - b)(5, b=3))
