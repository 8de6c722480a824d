class Base:
    x = "base-x"
    def m(self): return "Base.m"
class Child(Base):
    x = "child-x"
    def m(self): return "Child.m"

c = Child()
print(c.x, c.m())
del Child.x
print(c.x)
del Child.m
print(c.m())
try:
    del Child.x
except AttributeError as e:
    print(type(e).__name__, e)
c.m = lambda: "instance lambda"
print(c.m(), Child.m(c))
del c.m
print(c.m())
Base.x = "base-x-2"
print(c.x, Child.x)
c.x = "inst"
print(c.x, Child.x, Base.x)
Child.x = "child-again"
print(c.x, vars(c))

class Desc:
    def __get__(self, obj, typ): return "data-desc"
    def __set__(self, obj, v): print("desc set", v)
class WithDesc:
    attr = Desc()
w = WithDesc()
w.attr = 5
w.__dict__["attr"] = "in dict"
print(w.attr)
WithDesc.attr = "plain"
print(w.attr)
class Slotted:
    __slots__ = ("a",)
s = Slotted()
try:
    s.a
except AttributeError as e:
    print(type(e).__name__, e)
s.a = 1
del s.a
try:
    del s.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(Child, "m"), hasattr(Child, "nonexistent"), getattr(c, "nope", "dflt"))
