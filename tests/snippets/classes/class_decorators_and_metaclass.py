def register(cls):
    registry.append(cls.__name__)
    return cls
registry = []
@register
class A:
    pass
@register
class B:
    pass
print(registry)
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["created_by"] = "Meta"
        return super().__new__(mcs, name, bases, ns)
class M(metaclass=Meta):
    pass
print(M.created_by, type(M).__name__, type(M) is Meta)
class Tagged:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class T1(Tagged, tag="one"):
    pass
class T2(Tagged):
    pass
print(T1.tag, T2.tag)
