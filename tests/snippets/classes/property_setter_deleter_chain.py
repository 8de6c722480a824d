class Temp:
    def __init__(self):
        self._c = 0
        self.log = []
    @property
    def celsius(self):
        "temperature in C"
        self.log.append("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self.log.append(f"set {v}")
        self._c = v
    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        self._c = None
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t._c)
print(t.log)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__)
print(Temp.celsius.__doc__)
p = Temp.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(Temp.fahrenheit.fset is None, Temp.fahrenheit.fdel is None)
ro = property(lambda s: 1)
rw = ro.setter(lambda s, v: None)
print(ro is rw, ro.fset is None, rw.fset is not None)

class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)
s = Sub()
s.celsius = 5
print(s.celsius)
