# Subclassing float and complex.
import math
class Celsius(float):
    def __repr__(self):
        return f"{float(self)}°C"
    def __round__(self, n=None):
        return Celsius(round(float(self), n if n is not None else 0))
c = Celsius(21.456)
print(repr(c), c + 1, type(c + 1).__name__, round(c, 1), type(round(c)).__name__)
print(c.is_integer(), c.hex() == float(c).hex(), math.floor(c), float(c) == c, c.real)
print(Celsius("1e3"), Celsius(" -0.5 "), Celsius(7), Celsius.fromhex("0x1p-1"), type(Celsius.fromhex("0x1p1")).__name__)

class Approx(float):
    def __eq__(self, other):
        return abs(self - other) < 0.01
    __hash__ = float.__hash__
print(Approx(1.0) == 1.005, 1.005 == Approx(1.0), Approx(1.0) in [1.001], {Approx(2.0): "x"}[2.0])

class Z(complex):
    def conj(self):
        return Z(self.real, -self.imag)
z = Z(1, 2)
print(z, z.conj(), type(z.conj()).__name__, z + 1, type(z + 1).__name__, abs(Z(3, 4)))
print(Z("1+2j") == z, Z(2).imag, isinstance(z, complex))
class Fl(float):
    pass
print(Fl(float("nan")) != Fl(float("nan")), Fl(float("inf")), type(Fl(2) ** 2).__name__)
try:
    Fl("abc")
except ValueError as e:
    print("ValueError:", e)
