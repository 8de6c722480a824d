from itertools import zip_longest

class Poly:
    __slots__ = ("c",)

    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = tuple(c) or (0,)

    @classmethod
    def x(cls):
        return cls([0, 1])

    @property
    def degree(self):
        return len(self.c) - 1 if self.c != (0,) else -1

    def __call__(self, v):
        acc = 0
        for coef in reversed(self.c):
            acc = acc * v + coef
        return acc

    def _lift(self, other):
        return other if isinstance(other, Poly) else Poly([other])

    def __add__(self, other):
        other = self._lift(other)
        return Poly(a + b for a, b in zip_longest(self.c, other.c, fillvalue=0))
    __radd__ = __add__

    def __neg__(self):
        return Poly(-a for a in self.c)

    def __sub__(self, other):
        return self + -self._lift(other)

    def __rsub__(self, other):
        return -self + other

    def __mul__(self, other):
        other = self._lift(other)
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__

    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r

    def __divmod__(self, other):
        num = list(self.c)
        d = other.c
        if other.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        q = [0] * max(len(num) - len(d) + 1, 1)
        while len(num) >= len(d) and any(num):
            k = len(num) - len(d)
            f = num[-1] / d[-1]
            if f == int(f):
                f = int(f)
            q[k] = f
            for i, b in enumerate(d):
                num[k + i] -= f * b
            num.pop()
        return Poly(q), Poly(num or [0])

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def __eq__(self, other):
        return self.c == self._lift(other).c

    def __hash__(self):
        return hash(self.c)

    def derivative(self):
        return Poly(i * a for i, a in enumerate(self.c) if i) if len(self.c) > 1 else Poly([0])

    def __repr__(self):
        if self.c == (0,):
            return "0"
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            coef = "" if a == 1 and i else str(a)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append((sign, coef + var))
        s = "".join(f" {sg} {t}" for sg, t in terms)
        return ("-" + s[3:]) if s.startswith(" -") else s[3:]

x = Poly.x()
p = 3 * x ** 3 - 2 * x + 5
q = x ** 2 - 1
print("p =", p)
print("q =", q)
print("p+q =", p + q, "| p-q =", p - q, "| 1-q =", 1 - q)
print("p*q =", p * q)
print("p(2) =", p(2), "p'(x) =", p.derivative(), "p''(1) =", p.derivative().derivative()(1))
d, m = divmod(p, q)
print("p / q =", d, "rem", m, "| check", d * q + m == p)
print("(x+1)^5 =", (x + 1) ** 5)
print("(x^3-1)//(x-1) =", (x ** 3 - 1) // (x - 1), "mod", (x ** 3 - 1) % (x - 1))
print(Poly([0, 0]), Poly([0]).degree, (x - x).degree, -x + 0)
print({x ** 2 - 1: "a", (x - 1) * (x + 1): "b"})
try:
    divmod(p, Poly([0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
roots = [r for r in range(-5, 6) if (x ** 3 - 6 * x ** 2 + 11 * x - 6)(r) == 0]
print("roots", roots)
