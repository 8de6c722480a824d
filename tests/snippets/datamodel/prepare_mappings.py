# __prepare__ may return any mapping; the class body writes through its __setitem__.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, ns.order, type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=True):
    b = 1
    a = 2
    def m(self): pass
    b = 3
print(A.b, type(A.__dict__).__name__)

class Defaulting(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key.upper()
        raise KeyError(key)

class AutoMeta(type):
    def __prepare__(name, bases):
        return Defaulting()

class B(metaclass=AutoMeta):
    x = auto_value
print(B.x)

class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class C(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type.__prepare__("X", ()), type(type.__prepare__()).__name__)
