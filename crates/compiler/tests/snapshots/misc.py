import os.path
import a.b.c as d
from . import x as y
from m import *
assert x, "msg"
a, *b, c = t
x[1:2] = y
x[1:2:3] += 1
o.a.b += 2
del x[0], o.attr, z
f(*args, k=1, **kw)
o.m(1, k=2)
s = f"{a!r:>{w}} and {b}"
l = [1, 2, 3]
t = (1, 2, (3, 4))
q = x in [1, 2, 3]
r = 1 < x < 3
lam = lambda a, b=2, *, c=3: a + b + c
def ann(a: int, b: "str" = "x") -> None: pass
while x:
    if y:
        continue
    x -= 1
raise ValueError("bad") from None
