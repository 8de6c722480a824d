# Subclassing property, classmethod, staticmethod and type.
class cached(property):
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        name = self.fget.__name__
        if name not in obj.__dict__:
            print("computing", name)
            obj.__dict__[name] = self.fget(obj)
        return obj.__dict__[name]

class Circle:
    def __init__(self, r): self.r = r
    @cached
    def area(self):
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, type(Circle.area).__name__, isinstance(Circle.area, property))

class logged_classmethod(classmethod):
    def __get__(self, obj, owner=None):
        print("binding to", (owner or type(obj)).__name__)
        return super().__get__(obj, owner)
class K:
    @logged_classmethod
    def make(cls):
        return cls.__name__
class L(K):
    pass
print(K.make(), L().make())

class tagged_static(staticmethod):
    tag = "static!"
class S:
    @tagged_static
    def f(x):
        return x * 2
print(S.f(4), S.__dict__["f"].tag, S().f(1))

class Meta(type):
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class WithMeta(metaclass=Meta):
    pass
print(repr(WithMeta), WithMeta.upper_name, isinstance(WithMeta, type))
try:
    WithMeta().upper_name
except AttributeError as e:
    print("AttributeError:", e)
M2 = Meta("Dyn", (), {"x": 1})
print(M2, M2.x, type(M2).__name__)
class SubMeta(Meta):
    pass
class Deep(WithMeta, metaclass=SubMeta):
    pass
print(type(Deep).__name__, Deep.upper_name)
