# Reflected operators: when __rop__ is tried, subclass priority, and NotImplemented chains.
class Base:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        print(f"{type(self).__name__}.__add__")
        return NotImplemented
    def __radd__(self, o):
        print(f"{type(self).__name__}.__radd__")
        return f"radd from {type(self).__name__}"
    def __sub__(self, o):
        print(f"{type(self).__name__}.__sub__")
        return "sub"
    def __rsub__(self, o):
        print(f"{type(self).__name__}.__rsub__")
        return "rsub"

class Derived(Base):
    def __radd__(self, o):
        print("Derived.__radd__ (override)")
        return "derived radd"
    def __rsub__(self, o):
        print("Derived.__rsub__ (override)")
        return "derived rsub"

b, d = Base(1), Derived(2)
print(b + d)          # subclass overrides __radd__: tried first
print(b - d)          # same for __rsub__
print(d - b)
print(1 + b)
class SameRadd(Base):
    pass
print(b - SameRadd(3))   # no override: left operand first
print(b + b)

class Neither:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    Neither() + Neither()
except TypeError as e:
    print("TypeError:", e)
try:
    1 + Neither()
except TypeError as e:
    print("TypeError:", e)
class Pow:
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o): return ("rpow", o)
print(Pow() ** 2, 2 ** Pow(), pow(Pow(), 3, 5))
try:
    pow(2, Pow(), 5)
except TypeError as e:
    print("TypeError:", e)
class MatMul:
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
print(MatMul() @ 1, 1 @ MatMul())
try:
    1 @ 2
except TypeError as e:
    print("TypeError:", e)
