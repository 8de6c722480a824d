# float.hex and float.fromhex round trips, special values, parsing and errors
for x in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.14159, float('inf'), float('-inf'), float('nan')]:
    h = x.hex()
    print(repr(x), h, repr(float.fromhex(h)))
for s in ['0x1p0', '0x1.8p1', '-0X1.ffffp-2', '0x.8p1', '0x1', '1', '  0x10  ', 'inf', '-Infinity', 'nan', '0x1p-1074', '0x1p-1075', '0x1.00000000000008p0', '0x1.00000000000018p0', '0xap0']:
    print(repr(s), repr(float.fromhex(s)))
for s in ['0x1p1024', '0x', 'zz', '0x1.g', '', '0x1p', '1e5']:
    try:
        print(repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class F(float):
    pass
print(type(F.fromhex('0x1p3')).__name__, F.fromhex('0x1p3'))
