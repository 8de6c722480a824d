# The __dict__ and __weakref__ slots, and weak references to slotted objects.
import weakref

class Plain:
    __slots__ = ("v",)

class WithDict:
    __slots__ = ("v", "__dict__")

class WithWeak:
    __slots__ = ("v", "__weakref__")

p = Plain()
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)

d = WithDict()
d.v = 1
d.extra = 2
print(d.__dict__, d.v)
print("v" in d.__dict__, type(WithDict.__dict__["__dict__"]).__name__)
try:
    weakref.ref(d)
except TypeError as e:
    print("TypeError:", e)

w = WithWeak()
r = weakref.ref(w)
print(r() is w, w.__weakref__ is r, "__weakref__" in WithWeak.__dict__)
try:
    w.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
del w
print(r())

class Sub(WithWeak):
    pass
s = Sub()
s.anything = 1
print(weakref.ref(s)() is s, s.__dict__)

class Normal:
    pass
n = Normal()
print(n.__weakref__, list(Normal.__dict__))
rn = weakref.ref(n)
print(n.__weakref__ is rn)
