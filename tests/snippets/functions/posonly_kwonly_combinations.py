def f(a, b=2, /, c=3, *, d, e=5, **kw):
    return a, b, c, d, e, kw

print(f(1, d=4))
print(f(1, 20, 30, d=4, e=50, z=0))
print(f(1, c=7, d=4))
print(f(1, d=4, a=99, b=98))  # a, b go to **kw since positional-only
for call in [lambda: f(d=1), lambda: f(1, 2, 3, 4, d=5), lambda: f(1, 2), lambda: f(1, d=1, c=2, **{"c": 3})]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

def g(x, /):
    return x
try:
    g(x=1)
except TypeError as e:
    print(type(e).__name__, e)

def h(*, only):
    return only
try:
    h(1)
except TypeError as e:
    print(type(e).__name__, e)
def star_only(*args, key=None):
    return args, key
print(star_only(1, 2, key=3), star_only())
code = f.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames[:6])
print(f.__defaults__, sorted(f.__kwdefaults__.items()))
lam = lambda p, /, q, *, r=1: (p, q, r)
print(lam(1, q=2), lam(1, 2, r=3), lam.__code__.co_posonlyargcount)
