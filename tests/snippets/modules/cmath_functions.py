# cmath: the functions on ordinary values, through the branch cuts, with huge and tiny
# parts, plus log with a base, polar/rect/phase, isclose and the constants.
import cmath

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
names = ["sqrt", "exp", "log", "log10", "cos", "sin", "tan", "acos", "asin", "atan",
         "cosh", "sinh", "tanh", "acosh", "asinh", "atanh"]
points = [0.5, 2, -2, 1j, -2j, 1 + 1j, -1.5 + 0.25j, 3 - 4j, complex(-2, 0.0), complex(-2, -0.0),
          complex(0.0, 2), complex(-0.0, -2), 1e-5 + 1e-7j, 1e-320 + 1e-320j, 1e200 + 1e200j,
          1.7e308 - 1e300j, complex(2, 1e-300), 0.7 + 0.7j]
for name in names:
    f = getattr(cmath, name)
    row = []
    for z in points:
        try:
            row.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(name, " ".join(row))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(1j * cmath.pi), cmath.log(-1), cmath.log10(1000))
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(-1, -1), cmath.log(100, 10), cmath.log(1 + 2j, 3 - 4j))
for z in [0, 1, -1, 1j, -1j, complex(-1, -0.0), complex(-0.0, -0.0), 3 + 4j, complex(1e308, 1e308)]:
    print(repr(z), cmath.phase(z), cmath.polar(z))
for r, phi in [(0, 0), (1, 0), (2, cmath.pi / 2), (-1, 1), (2.5, -0.0), (1e308, 1e-5), (3, 10)]:
    print(r, phi, cmath.rect(r, phi))
print(cmath.isclose(1j, 1j + 1e-10), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(0, 1e-10, abs_tol=1e-9))
print(cmath.isclose(1 + 1j, 1 + 1.0000001j), cmath.isclose(complex(1e10, 1), complex(1e10, 2)))
print(cmath.isfinite(1 + 1j), cmath.isinf(1 + 1j), cmath.isnan(1 + 1j), cmath.isfinite(5), cmath.isnan(2.0))


class Complexish:
    def __complex__(self):
        return 3 + 4j


class Floatish:
    def __float__(self):
        return 4.0


class Indexish:
    def __index__(self):
        return 9


print(cmath.sqrt(Complexish()), cmath.sqrt(Floatish()), cmath.sqrt(Indexish()), cmath.sqrt(True))
print(cmath.rect(Floatish(), Indexish()), cmath.exp(10**2), cmath.sqrt(10**300))
print(abs(cmath.exp(1j * cmath.pi) + 1) < 1e-12, cmath.sin(1) == complex(cmath.sin(1).real, 0))
import math

# The real inverse hyperbolics come from the C library, as in CPython (shared with cmath).
print([math.asinh(x) for x in [0.1, 2.5, 1e5, -3.3]], [math.acosh(x) for x in [1.1, 2.5, 3.3]], [math.atanh(x) for x in [0.1, 0.5, -0.9]])
