# Metaclass __call__, __instancecheck__/__subclasscheck__, __prepare__ with a custom mapping.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) or type.__instancecheck__(cls, obj)
    def __subclasscheck__(cls, sub):
        return sub is bool or type.__subclasscheck__(cls, sub)

class A(metaclass=Meta, flag=True):
    b = 1
    a = 2
    def m(self): return "m"

print(A.order)
x = A()
print(x.m(), isinstance(3, A), isinstance("s", A), isinstance(x, A))
print(issubclass(bool, A), issubclass(str, A), issubclass(A, A))
print(type(A).__name__, A.__mro__[-1].__name__)
