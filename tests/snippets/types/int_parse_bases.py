# int() from strings: bases, prefixes, underscores, whitespace, unicode digits and error messages
print(int('  42  '), int('-0'), int('+17'), int('1_000_000'), int('0b1010', 0), int('0o17', 0), int('0x_ff', 0))
print(int('ff', 16), int('FF', 16), int('z', 36), int('10', 2), int('0b11', 2), int('0x10', 16), int('0o7', 8))
print(int('٣٤'), int('１２'), int('\t9\n'), int(b'12'), int(bytearray(b'-3')))
print(int('0', 0), int('00', 0), int('0_0', 0), int('1' * 50))
print(int(3.99), int(-3.99), int(True), int(1e20), int('  -  5'.replace(' ', '')))
bad = [('', 10), ('1_', 10), ('_1', 10), ('1__0', 10), ('012', 0), ('0x', 16), ('12', 2), ('9', 8), ('z', 35), ('1.5', 10), ('0b2', 0), (' ', 10)]
for s, base in bad:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [('10', 1), ('10', 37), ('10', -1), (10, 10), (1.5, 2)]:
    try:
        print(int(*args))
    except Exception as e:
        print(type(e).__name__, e)
for v in [None, [1], '1e3', float('inf'), float('nan')]:
    try:
        print(int(v))
    except Exception as e:
        print(type(e).__name__, e)
