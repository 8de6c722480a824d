# cmath: infinities, NaNs and signed zeros (C99 Annex G), and the error messages.
import cmath

inf = float("inf")
nan = float("nan")
parts = [-inf, -2.5, -0.0, 0.0, 1.0, inf, nan]
names = ["sqrt", "exp", "log", "log10", "cos", "sin", "tan", "acos", "asin", "atan",
         "cosh", "sinh", "tanh", "acosh", "asinh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    row = []
    for x in parts:
        for y in parts:
            try:
                row.append(repr(f(complex(x, y))))
            except ValueError:
                row.append("ValueError")
            except OverflowError:
                row.append("OverflowError")
    print(name, " ".join(row))
for r in [0, 1, -1, inf, -inf, nan, -0.0]:
    row = []
    for phi in [0, -0.0, 1, inf, nan]:
        try:
            row.append(repr(cmath.rect(r, phi)))
        except ValueError as e:
            row.append("ValueError")
    print("rect", r, " ".join(row))
for z in [nan, inf, complex(inf, nan), complex(nan, 1), complex(-inf, -inf)]:
    print(repr(z), cmath.phase(z), cmath.polar(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(inf, inf), cmath.isclose(complex(inf, 1), complex(inf, 2)), cmath.isclose(nan, nan), cmath.isclose(complex(inf, 0), inf))
print(cmath.log(0, 2))


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for f, args in [(cmath.exp, (complex(1, inf),)), (cmath.exp, (800 + 1j,)), (cmath.exp, (1e308,)),
                (cmath.log, (0,)), (cmath.log10, (0,)), (cmath.log, (2, 1)), (cmath.log, (2, 0)),
                (cmath.atanh, (1,)), (cmath.atanh, (-1,)), (cmath.atan, (1j,)), (cmath.sin, (complex(inf, 0),)),
                (cmath.cosh, (1000,)), (cmath.sinh, (complex(800, 1),)), (cmath.rect, (1, inf)),
                (cmath.cos, (complex(0, 1000),)), (cmath.tan, (complex(inf, 1),))]:
    attempt(f, *args)
attempt(cmath.sqrt, "x")
attempt(cmath.exp, None)
attempt(cmath.phase, "a")
attempt(cmath.rect, 1j, 1)
attempt(cmath.sqrt, 10**400)
attempt(cmath.sqrt)
attempt(cmath.sqrt, 1, 2)
attempt(cmath.sqrt, x=1)
attempt(cmath.log)
attempt(cmath.log, 1, 2, 3)
attempt(cmath.log, 1, base=2)
attempt(cmath.rect, 1)
attempt(cmath.phase)
attempt(cmath.isclose, 1)
attempt(cmath.isclose, 1, 2, 3)
attempt(cmath.isclose, 1, 2, rel_tol=-1)
attempt(cmath.isclose, 1, 2, foo=3)


class Bad:
    def __complex__(self):
        return 5


attempt(cmath.sqrt, Bad())
