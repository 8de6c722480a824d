vals = [1e3, 1E3, 1e+3, 1e-3, 1.e2, .1e1, 2.5e-10, 1e16, 1e15, 123456789e-4, 0e0, 0.0e99, 1e-7, 1e-4, 1e-5]
for v in vals:
    print(repr(v), str(v))
print(1e308 * 10, -1e308 * 10, 1e-324, 5e-324, 2e-324)
print(float("1e500"), float("-1e500"), float("1e-500"))
print(f"{1234.5678:e} {1234.5678:.2E} {0.00012:g} {123456789.0:g} {1e-5:.3g} {1e16:g}")
print(f"{1.5e300:.3e} {12345.678:.0e} {1e100:.0f}"[:40])
print(1e2 == 100, type(1e2).__name__, 10**-2, 10.0**-2)
print(float.fromhex("0x1.8p1"), (3.0).hex(), float.fromhex("-0x1p-2"))
print(round(2.675, 2), round(1e20), round(-0.5), round(1.5), round(2.5))
print(1.0 .is_integer(), (1e15 + 0.5).is_integer(), 1e15.__int__() if hasattr(1e15, "__int__") else 0)
print(repr(0.1 + 0.2), 0.1 + 0.2 == 0.3, sum([0.1] * 10))
