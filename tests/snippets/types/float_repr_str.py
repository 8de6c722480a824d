# repr/str of floats: shortest round-trip digits and the switch to exponent notation
vals = [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1 / 3, 100.0, 1e15, 1e16, 1.5e16, 123456789012345678.0, 1e-4, 1e-5, 0.00012345, 1.2345e-5,
        1e22, 1e23, 9.999999999999999e22, 5e-324, 1.7976931348623157e308, 2.0**53, 2.0**53 + 2, -1.5e-7, 3.0e100, 12345.678]
for v in vals:
    print(repr(v), str(v), f'{v}', f'{v!r}')
print(float('inf'), float('-inf'), float('nan'), -float('nan'), float('  -InFiNiTy '), float('+nan'))
print(float('1_000.5'), float('.5'), float('5.'), float('-1E-3'), float(' 12 '), float('１.５'))
print([float(x) for x in ['0x1p3'.replace('0x1p3', '8'), '1e308', '1e309', '-1e309', '1e-400']])
for s in ['', '1_', '_1', '1__0', '0x10', 'infi', 'nan1', '1e', 'e5', '. 5']:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(10**300) == 1e300, float(2**1024 - 2**971) == 1.7976931348623157e308)
