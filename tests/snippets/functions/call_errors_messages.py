def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
cases = [
    lambda: f(1, 2, 3, d=4),
    lambda: f(1, 2, c=3, d=4),
    lambda: f(1, 2),
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, d=4, z=9),
    lambda: f(1, 2, 3, d=4, c=3),
    lambda: f(),
    lambda: f(1, 2, 3, 4, 5, d=1),
]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
def g(x, y=1, *args, **kw): return x, y, args, kw
print(g(1), g(1, 2, 3), g(1, y=5, z=6), g(*[1, 2], **{"q": 1}))
try:
    g(1, 2, x=3)
except TypeError as e:
    print(e)
def h(): pass
try:
    h(1)
except TypeError as e:
    print(e)
try:
    h(a=1)
except TypeError as e:
    print(e)
class C:
    def m(self, x): return x
    @staticmethod
    def s(x): return x
    @classmethod
    def k(cls, x): return x
try:
    C().m()
except TypeError as e:
    print(e)
try:
    C().m(1, 2)
except TypeError as e:
    print(e)
try:
    C.s()
except TypeError as e:
    print(e)
try:
    C.k(1, 2)
except TypeError as e:
    print(e)
try:
    C.m(1)
except TypeError as e:
    print(e)
def kwonly(*, a, b, c): pass
try:
    kwonly()
except TypeError as e:
    print(e)
try:
    kwonly(a=1)
except TypeError as e:
    print(e)
def pos(a, b, c): pass
try:
    pos()
except TypeError as e:
    print(e)
try:
    pos(1)
except TypeError as e:
    print(e)
try:
    len(1, 2)
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    (lambda x: x)()
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, **{"d": 1, "e": 2}, e=3)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, **{1: 2})
except TypeError as e:
    print(e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print(e)
try:
    text = "abc"
    text()
except TypeError as e:
    print(e)
