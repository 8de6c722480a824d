# __index__, __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__, __format__, __bytes__.
import math
class N:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __float__(self): return self.v + 0.5
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, nd=None): return ("round", nd)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __format__(self, spec): return f"N<{spec}>"
    def __bytes__(self): return b"N" * self.v
n = N(3)
print([10, 20, 30, 40][n], bin(n), hex(n), oct(n), range(10)[n])
print(int(n), float(n), complex(n))
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print(format(n, ">5"), f"{n:xyz}", bytes(n))
print(operator_index := __import__("operator").index(n))
class Bad:
    def __index__(self): return "no"
try:
    [1, 2][Bad()]
except TypeError as e:
    print("TypeError:", e)
try:
    int(object())
except TypeError as e:
    print("TypeError:", e)
