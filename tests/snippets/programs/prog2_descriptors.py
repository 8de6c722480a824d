class Typed:
    def __init__(self, kind, *, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        setattr(obj, self.private, value)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        self.calls += 1
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value

class Product:
    name = Typed(str)
    price = Typed(float, minimum=0.0)
    qty = Typed(int, minimum=0)

    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty

    @Lazy
    def total(self):
        print(f"  (computing total for {self.name})")
        return round(self.price * self.qty, 2)

    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.qty})"

class Record:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b

class Dynamic:
    def __init__(self):
        self._data = {"color": "red"}

    def __getattr__(self, name):
        if name.startswith("get_"):
            key = name[4:]
            return lambda: self._data.get(key, f"<no {key}>")
        raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")

    def __setattr__(self, name, value):
        if name.startswith("_"):
            object.__setattr__(self, name, value)
        else:
            self._data[name] = value

    def __delattr__(self, name):
        self._data.pop(name, None)

p = Product("widget", 2.5, 4)
print(p, p.total, p.total, Product.total.calls, "total" in vars(p))
for field, val in [("price", 3), ("qty", -1), ("name", "gadget"), ("price", 1.25)]:
    try:
        setattr(p, field, val)
        print(f"set {field}={val!r} ->", p)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print(Product.price.name, Product.price.private, sorted(k for k in vars(p)))

r = Record(1, 2)
try:
    r.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(r.a + r.b, hasattr(r, "__dict__"), Record.__slots__)

d = Dynamic()
d.size = 10
print(d.get_color(), d.get_size(), d.get_weight(), getattr(d, "missing", "dflt"))
del d.color
print(d.get_color(), sorted(d._data))
try:
    d.nothing
except AttributeError as e:
    print("AttributeError:", e)

class Temperature:
    def __init__(self, c=0.0):
        self.celsius = c

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    @fahrenheit.deleter
    def fahrenheit(self):
        self.celsius = 0.0

t = Temperature(100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
t.fahrenheit = 212
del t.fahrenheit
print(t.celsius, type(Temperature.fahrenheit).__name__, Temperature.fahrenheit.fset is not None)
