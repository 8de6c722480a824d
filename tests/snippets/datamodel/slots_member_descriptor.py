# member_descriptor objects: repr, attributes, and calling __get__/__set__/__delete__.
class P:
    __slots__ = ("x", "y")

class Q:
    __slots__ = ("x",)

m = P.x
print(repr(m), type(m).__name__, m.__name__, m.__qualname__, m.__objclass__.__name__)
print(m.__get__(None, P) is m)
p = P()
m.__set__(p, 10)
print(p.x, m.__get__(p), m.__get__(p, P))
m.__delete__(p)
print(hasattr(p, "x"))
for call in (lambda: m.__get__(Q()), lambda: m.__set__(Q(), 1), lambda: m.__get__(5)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    m.__delete__(p)
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e, e.name)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
# a member descriptor is a data descriptor: it wins over nothing, but can be replaced
P.y = "class attribute now"
print(P().y)
