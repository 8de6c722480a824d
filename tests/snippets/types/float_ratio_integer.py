# float.is_integer, as_integer_ratio, conjugate/real/imag and conversion errors
for x in [0.0, -0.0, 1.0, 2.5, -0.75, 1e22, 0.1, 5e-324, 1.5e300]:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.conjugate(), x.real, x.imag)
print(float('inf').is_integer(), float('nan').is_integer())
for x in [float('inf'), float('-inf'), float('nan')]:
    for f in (lambda v: v.as_integer_ratio(), int, lambda v: v.__trunc__(), round):
        try:
            print(f(x))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, d & (d - 1) == 0)
print((2.5).__trunc__(), (2.5).__floor__() if hasattr(2.5, '__floor__') else 'nofloor', (-2.5).__ceil__() if hasattr(2.5, '__ceil__') else 'noceil')
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), type(math.floor(2.0)).__name__)
