# Creating classes with type(name, bases, ns) and the checks it applies.
def init(self, v):
    self.v = v

Point = type("Point", (), {"__init__": init, "show": lambda self: f"P({self.v})"})
print(Point(3).show(), Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__)
Child = type("Child", (Point,), {"extra": 1})
print(Child(4).show(), Child.extra, [c.__name__ for c in Child.__mro__])
print(type(Point), type(1), type(type))

for args in ((), ("a", "b"), ("N", (), {}, 1), (1, (), {}), ("N", [], {}), ("N", (), []), ("N", (1,), {})):
    try:
        type(*args)
        print("ok", args)
    except TypeError as e:
        print("TypeError:", e)
# type() with a metaclass-derived winner
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
T = type("T", (WithMeta,), {})
print(type(T).__name__)
# keyword arguments go to __init_subclass__
class Base:
    def __init_subclass__(cls, tag=None):
        cls.tag = tag
K = type("K", (Base,), {}, tag="hello")
print(K.tag)
# __qualname__ in the namespace
Q = type("Q", (), {"__qualname__": "Outer.Q"})
print(Q.__name__, Q.__qualname__)
try:
    type("Q", (), {"__qualname__": 5})
except TypeError as e:
    print("TypeError:", e)
