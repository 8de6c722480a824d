# types.SimpleNamespace: construction, repr, equality, attribute manipulation and errors
from types import SimpleNamespace as NS
n = NS(b=2, a=1)
print(n, repr(n), n.a, n.b, vars(n), sorted(n.__dict__))
n.c = [3]; del n.b
print(n, n == NS(a=1, c=[3]), n != NS(a=1), NS() == NS(), NS(x=1) == {'x': 1})
print(NS(**{'k': 'v'}), NS({'m': 1}) if False else NS(**dict(m=1)))
class Sub(NS):
    pass
s = Sub(z=0)
print(s, type(s).__name__, s == NS(z=0))
r = NS(); r.me = r
print(r)
print(hasattr(n, 'b'), getattr(n, 'zz', 'missing'), isinstance(n, NS))
for f in [lambda: n.b, lambda: NS(1), lambda: hash(n), lambda: delattr(n, 'nope'), lambda: NS(**{1: 2})]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
