# Metaclasses that define __getattr__/__delattr__ still find class attributes through
# type.__getattribute__; type(name, bases, ns, **kw) defers to the most derived metaclass.


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["_map_"] = {}
        cls = super().__new__(mcls, name, bases, ns)
        print("created", name, kw, cls._map_)
        if "_tmp_" in ns:
            delattr(cls, "_tmp_")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

    def __delattr__(cls, attr):
        if attr in cls._map_:
            raise AttributeError("member")
        super().__delattr__(attr)

    def __getattr__(cls, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return "fallback:" + name


class E(metaclass=Meta):
    _tmp_ = 1


print(E._map_, hasattr(E, "_tmp_"), E.missing, type.__getattribute__(E, "_map_"))
F = type("F", (E,), {"x": 1}, flag=True)
print(type(F).__name__, F.x, F._map_)
type.__setattr__(F, "y", 2)
print(F.y)
type.__delattr__(F, "y")
print(F.y)


class Other(type):
    pass


class G(metaclass=Other):
    pass


try:
    type("H", (E, G), {})
except TypeError as e:
    print("TypeError:", e)
