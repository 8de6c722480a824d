from math import gcd
from functools import reduce, total_ordering
import operator

@total_ordering
class Rational:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Rational({num}, 0)")
        if isinstance(num, str):
            a, _, b = num.partition("/")
            num, den = int(a), int(b or 1) * den
        g = gcd(num, den)
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Rational):
            return x
        if isinstance(x, int):
            return Rational(x)
        return NotImplemented

    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __sub__(self, o):
        return self + -self._coerce(o)

    def __rsub__(self, o):
        return -self + o

    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return Rational(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return self._coerce(o) / self

    def __pow__(self, n):
        if n < 0:
            return Rational(self.den ** -n, self.num ** -n)
        return Rational(self.num ** n, self.den ** n)

    def __eq__(self, o):
        o = self._coerce(o)
        return o is not NotImplemented and (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __bool__(self):
        return self.num != 0

    def __abs__(self):
        return Rational(abs(self.num), self.den)

    def __repr__(self):
        return f"Rational({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        if spec.endswith("m"):
            w, r = divmod(abs(self.num), self.den)
            sign = "-" if self.num < 0 else ""
            s = f"{sign}{w} {r}/{self.den}" if w and r else str(self)
            return format(s, spec[:-1])
        return format(float(self), spec)

R = Rational
h = sum(R(1, k) for k in range(1, 11))
print("H10 =", h, f"= {h:.6f} = {h:m}")
print(R(3, -6), R("10/4"), R("7"), R(0, 5), repr(R(-4, 8)))
print(R(1, 2) + R(1, 3), R(1, 2) - 1, 1 - R(1, 2), 3 * R(2, 9), R(2, 3) / R(4, 9), 2 / R(3, 5))
print(R(2, 3) ** 3, R(2, 3) ** -2, abs(R(-7, 2)), int(R(-7, 2)), float(R(1, 8)))
print(sorted([R(1, 2), R(1, 3), R(3, 4), R(-1, 5), 0]), max(R(7, 8), R(8, 9)))
print(R(1, 2) == R(2, 4), R(4, 2) == 2, {R(2, 1): "two"}[2], hash(R(5)) == hash(5), R(1, 2) != "1/2")
print(bool(R(0, 3)), bool(R(1, 3)), R(1, 3) <= R(1, 3), R(1, 3) > R(1, 4))
x = R(1)
for _ in range(6):
    x = (x + R(2) / x) / 2
print("sqrt2 ~", x, f"{x:.12f}", f"{R(-22, 7):>10m}|{R(22, 7):<10.3f}|")
print(reduce(operator.mul, (R(k, k + 1) for k in range(1, 50))))
try:
    R(1, 2) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    R(1, 2) + 0.5
except TypeError as e:
    print("TypeError:", e)
