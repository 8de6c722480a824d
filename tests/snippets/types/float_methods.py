for f in [1.0, 2.5, -0.75, 0.1, 3.0e10, 1e-3]:
    print(f, f.is_integer(), f.as_integer_ratio(), f.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), (0.5).hex(), (1.0).hex(), (0.0).hex(), (-0.0).hex())
print(float("inf").hex(), float("nan").is_integer() if False else "skip", (2.5).conjugate(), (2.5).real, (2.5).imag)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print((7.5).__floor__() if hasattr(7.5, "__floor__") else "no floor", (7.5).__trunc__(), (7.5).__round__(), (-7.5).__round__())
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.000001))
print(math.sqrt(16), math.pi, math.e, math.fabs(-3), math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.factorial(20))
