import json

class Base:
    def __init__(self, **kwargs):
        self.trace = ["Base"]
        for k, v in kwargs.items():
            setattr(self, k, v)

    def describe(self):
        return [f"{type(self).__name__}"]

class JsonMixin:
    def to_json(self):
        return json.dumps({k: v for k, v in sorted(vars(self).items()) if not k.startswith("_") and k != "trace"})

    def describe(self):
        return super().describe() + ["json"]

class ValidateMixin:
    required = ()

    def __init__(self, **kwargs):
        missing = [r for r in self.required if r not in kwargs]
        if missing:
            raise TypeError(f"{type(self).__name__} missing {', '.join(missing)}")
        super().__init__(**kwargs)
        self.trace.append("Validate")

    def describe(self):
        return super().describe() + ["validated"]

class AuditMixin:
    def __init__(self, **kwargs):
        self._changes = []
        super().__init__(**kwargs)
        self.trace.append("Audit")

    def __setattr__(self, name, value):
        if not name.startswith("_") and name != "trace":
            self.__dict__.setdefault("_changes", []).append(name)
        super().__setattr__(name, value)

    def describe(self):
        return super().describe() + [f"audited({len(self._changes)})"]

class User(AuditMixin, ValidateMixin, JsonMixin, Base):
    required = ("name", "email")

class Tag(JsonMixin, Base):
    pass

class Registry:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"

class Countable:
    instances = {}

    def __init_subclass__(cls, label=None, **kw):
        super().__init_subclass__(**kw)
        cls.label = label or cls.__name__.lower()
        Countable.instances[cls.label] = 0

    def __new__(cls, *a, **k):
        Countable.instances[cls.label] += 1
        return super().__new__(cls)

class Apple(Countable, label="fruit:apple"):
    pass

class Pear(Countable):
    pass

u = User(name="ann", email="ann@x.org", age=30)
u.age = 31
print([c.__name__ for c in User.__mro__])
print(u.trace, u.describe(), u._changes)
print(u.to_json(), Tag(label="x").to_json(), Tag().describe())
try:
    User(name="bob")
except TypeError as e:
    print("TypeError:", e)
print(Registry[int], Registry["x"], Registry[User])
for _ in range(3):
    Apple()
Pear()
print(Countable.instances, Apple.label, Pear.label)

class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B>" + super().hello()
class C(A):
    def hello(self):
        return "C>" + super().hello()
class D(B, C):
    def hello(self):
        return "D>" + super().hello()
print(D().hello(), [k.__name__ for k in D.mro()], super(B, D()).hello())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
