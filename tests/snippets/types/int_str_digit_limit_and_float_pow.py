# sys.set_int_max_str_digits limits, float ** special cases (infinities, zeros, negative bases), complex ** overflow, NaN as a float
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold, sys.flags.int_max_str_digits)
x = 10 ** 4299
print(len(str(x)))
for f in [lambda: str(10 ** 4300), lambda: repr(-10 ** 5000), lambda: f"{10**4300:d}", lambda: '%d' % 10**4300, lambda: int('1' * 4301), lambda: int('1' * 4300) > 0,
          lambda: int('-' + '9' * 5000), lambda: int(b'1' * 4301), lambda: len(hex(10**5000)), lambda: int('f' * 5000, 16) > 0, lambda: int('1' * 5000, 36),
          lambda: sys.set_int_max_str_digits(100), lambda: sys.set_int_max_str_digits(-1)]:
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(700)
try:
    str(10 ** 701)
except ValueError as e:
    print(e)
print({float('nan'), float('nan')}.__len__())
import math
for f in [lambda: math.factorial(float('nan')), lambda: pow(float('nan'), 2, 3), lambda: math.floor(float('nan'))]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(0.0 ** float('-inf'), float('-inf') ** 1.5, float('-inf') ** -1e-300, (-8.0) ** (1/3), float('-inf') ** 3, (-0.0) ** 3, (-0.0) ** 2, 1.0 ** float('nan'), float('nan') ** 0)
for b, e in [(complex(float('inf'), 0), 2), (1e300+0j, 2), (-1e-300, -2.5), (2+0j, 0.5), (0j, -1), (1e200j, 2), (2, -1j)]:
    try:
        print(b ** e)
    except (OverflowError, ZeroDivisionError) as ex:
        print(type(ex).__name__, ex)
