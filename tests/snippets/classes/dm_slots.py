# __slots__ with and without __dict__/__weakref__, inheritance of slots.
import weakref
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)
class Q(P):
    __slots__ = ("__dict__", "__weakref__")
q = Q(3, 4)
q.z = 5
print(q.x, q.z, q.__dict__, weakref.ref(q)() is q)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(P.__slots__), type(P.x).__name__)
