# float arithmetic: overflow, division by zero, inf/nan propagation and comparisons
import math
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, float('inf') - float('inf'))
print(math.isnan(float('inf') * 0), float('inf') > 1e308, float('nan') == float('nan'), float('nan') != float('nan'))
print(2.0 ** 0.5, (-8.0) ** 2, 2.0 ** -1, 0.0 ** 0.0, (-2.0) ** 3, 1.0 ** float('nan'), float('nan') ** 0)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, -2), -0.0 % 5.0, 0.0 % -5.0)
print(math.fmod(-7.5, 2), 1e-320 / 1e10, (1e-320 / 1e10) == 0.0)
print(10**20 * 1.0 == 1e20, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53))
print(abs(-0.0), -(0.0), 0.0 == -0.0, math.copysign(1, -0.0))
tests = [
    lambda: 10.0 ** 400,
    lambda: (-10.0) ** 0.5,
    lambda: 0.0 ** -1,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: math.exp(1000),
    lambda: math.sqrt(-1),
    lambda: 2.0 ** (10**400),
    lambda: 1.5 + 'a',
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
