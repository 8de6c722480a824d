vals = [0.1 * i for i in range(12)] + [1 / n for n in range(1, 12)] + [10.0 ** e for e in range(-8, 25, 3)]
for v in vals:
    r = repr(v)
    print(r, float(r) == v)
print(2.0 ** -1074, 2.0 ** 52 + 0.5, 9007199254740993.0)
print(0.1 + 0.2 == 0.3, repr(1.0000000000000002), repr(0.30000000000000004))
