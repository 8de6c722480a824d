# Attribute lookups that repeat at one instruction must notice every change that
# affects the answer: class attributes, instance dicts, descriptors, __class__.


class A:
    x = 1

    def m(self):
        return "A.m"


class B(A):
    def m(self):
        return "B.m"


class C(A):
    pass


def read_x(o):
    return o.x


def call_m(o):
    return o.m()


a, b, c = A(), B(), C()
for o in [a, b, c, a, b, c]:
    print(type(o).__name__, read_x(o), call_m(o))

# Changing a class attribute after the lookups were cached.
A.x = 10
print(read_x(a), read_x(b), read_x(c))
B.x = 20
print(read_x(a), read_x(b), read_x(c))
del B.x
print(read_x(a), read_x(b), read_x(c))

# An instance attribute shadows the class attribute and the method.
a.x = "own"
print(read_x(a))
a.m = lambda: "instance m"
print(call_m(a))
del a.m
print(call_m(a))
del a.x
print(read_x(a))

# Replacing a method on the class.
A.m = lambda self: "new A.m"
print(call_m(a), call_m(b), call_m(c))

# A data descriptor added later wins over the instance dict.
c.y = "dict y"


def read_y(o):
    return o.y


for _ in range(3):
    print(read_y(c))
C.y = property(lambda self: "property y")
print(read_y(c))
del C.y
print(read_y(c))


# Stores: a setter added later must be called.
def store_z(o, v):
    o.z = v


store_z(c, 1)
store_z(c, 2)
print(c.z)
log = []
C.z = property(lambda self: "got z", lambda self, v: log.append(v))
store_z(c, 3)
print(c.z, log, c.__dict__["z"])
del C.z
store_z(c, 4)
print(c.z)

# __class__ assignment changes which class is searched.
class D:
    x = "D.x"

    def m(self):
        return "D.m"


o = A()
print(read_x(o), call_m(o))
o.__class__ = D
print(read_x(o), call_m(o))

# Many types at one site.
classes = [type(f"T{i}", (), {"x": i, "m": lambda self, i=i: i * 10}) for i in range(6)]
objs = [k() for k in classes] * 3
print([read_x(o) for o in objs])
print([call_m(o) for o in objs])

# Class attributes read through the class.
def read_cls(k):
    return k.x


print(read_cls(A), read_cls(B), read_cls(D))
A.x = 11
print(read_cls(A), read_cls(B))


class Meta(type):
    @property
    def x(cls):
        return "meta property"


class E(metaclass=Meta):
    x = "E.x"


print(read_cls(E), E().x)

# Missing attributes still raise with the right message, after caching.
def read_w(o):
    return o.w


a.w = 5
print(read_w(a))
del a.w
try:
    read_w(a)
except AttributeError as e:
    print("AttributeError:", e)

# __slots__ instances.
class S:
    __slots__ = ("p",)


s = S()
for v in range(3):
    store_z_ok = True
    s.p = v
    print(s.p)
try:
    store_z(s, 1)
except AttributeError as e:
    print("AttributeError:", e)

# Module attributes.
import types as _t

mod = _t.ModuleType("m")
mod.v = 1


def read_v(m):
    return m.v


print(read_v(mod))
mod.v = 2
print(read_v(mod))
del mod.v
try:
    read_v(mod)
except AttributeError as e:
    print("AttributeError:", e)

# super() with a shadowed `super` and with classmethods.
class Base:
    def hello(self):
        return "Base.hello"

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def st():
        return "static"

    attr = "Base.attr"


class Derived(Base):
    def hello(self):
        return "Derived+" + super().hello()

    def make2(self):
        return super().make()

    def st2(self):
        return super().st()

    def get_attr(self):
        return super().attr

    def cls_of_super(self):
        return super().__class__.__name__


dd = Derived()
for _ in range(2):
    print(dd.hello(), dd.make2(), dd.st2(), dd.get_attr(), dd.cls_of_super())


def super(*args):
    return Base()


class Shadowed(Base):
    def hello(self):
        return "S+" + super().hello()


try:
    print(Shadowed().hello())
except Exception as e:
    print(type(e).__name__, e)
