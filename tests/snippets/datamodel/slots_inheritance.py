# __slots__ across a class hierarchy: inherited slots, subclasses with and without __slots__.
class Base:
    __slots__ = ("a",)
    def __init__(self):
        self.a = "base-a"

class Mid(Base):
    __slots__ = ("b", "c")

class Leaf(Mid):
    __slots__ = ()

class Loose(Mid):
    pass

m = Mid()
m.b = 2
m.c = 3
print(m.a, m.b, m.c, hasattr(m, "__dict__"))
l = Leaf()
l.b = "leaf-b"
print(l.a, l.b, hasattr(l, "__dict__"))
try:
    l.other = 1
except AttributeError as e:
    print("AttributeError:", e)
x = Loose()
x.other = "ok"
x.c = "slot c"
print(x.__dict__, x.c)
print("c" in Loose.__dict__, "c" in Mid.__dict__, "a" in Mid.__dict__)
print(Mid.__dict__["b"], Mid.c, Base.a)
print(sorted(k for k in Mid.__dict__ if not k.startswith("__")))
# a slot read through the base class's descriptor
print(Base.a.__get__(m), Mid.b.__get__(m, Mid))
# slot values are per instance
m2 = Mid()
m2.b = "other"
print(m.b, m2.b)
# deleting and re-setting a slot
del m.b
print(hasattr(m, "b"))
m.b = "again"
print(m.b)
