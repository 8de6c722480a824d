# round() on floats: correctly rounded, banker's rounding, ndigits positive/negative/huge
vals = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678, 1e300, 5e-324, 0.285, 1.0000000000000002]
for v in vals:
    print(repr(v), round(v), repr(round(v, 0)), repr(round(v, 1)), repr(round(v, 2)), repr(round(v, -1)), repr(round(v, -2)))
print(repr(round(123.456, 400)), repr(round(123.456, -400)), repr(round(-123.456, -400)))
print(repr(round(0.5, None)), type(round(2.5, None)).__name__, type(round(2.5, 0)).__name__)
print(repr(round(float('inf'), 2)), repr(round(float('nan'), 1)), repr(round(-0.0, 1)), repr(round(-0.4)))
print(round(1e16 + 1.0), round(2.0**60), round(-2.0**70))
for x in [0.1 * 3, 1 / 3, 2 / 3, 10 / 7]:
    print([repr(round(x, k)) for k in range(0, 17, 3)])
tests = [lambda: round(1.5, 1.5), lambda: round(1.5, '1'), lambda: round(float('inf')), lambda: round(float('nan'))]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
