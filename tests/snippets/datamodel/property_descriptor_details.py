# property as a data descriptor: setter/deleter, missing accessors, doc, subclass overrides.
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def kelvin(self):
        return self._c + 273.15

t = Temp()
t.celsius = 25
print(t.celsius, t.kelvin, Temp.celsius.__doc__, type(Temp.celsius).__name__)
del t.celsius
print(t.celsius)
for action in (lambda: setattr(t, "kelvin", 1), lambda: delattr(t, "kelvin"),
               lambda: setattr(t, "celsius", -300)):
    try:
        action()
    except (AttributeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
t.__dict__["kelvin"] = "shadow"
print(t.kelvin)
p = property()
class Empty:
    x = p
try:
    Empty().x
except AttributeError as e:
    print("AttributeError:", e)
print(Temp.celsius.fget.__name__, Temp.kelvin.fset, Temp.celsius.__get__(None, Temp) is Temp.celsius)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return f"sub sees {self._c}"
s = Sub()
s.celsius = 5
print(s.celsius, Temp().celsius)
class Computed:
    area = property(lambda self: self.w * self.h, doc="area doc")
    def __init__(self, w, h): self.w, self.h = w, h
print(Computed(2, 3).area, Computed.area.__doc__)
class Raising:
    @property
    def bad(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return f"__getattr__ for {name}"
print(Raising().bad)
