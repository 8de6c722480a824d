# int.as_integer_ratio, numerator/denominator/real/imag, conjugate, __index__, is_integer absent in 3.11
for n in [0, 7, -7, 10**20, True]:
    r = n.as_integer_ratio()
    print(n, r, type(r[0]).__name__, n.numerator, n.denominator, n.real, n.imag, n.conjugate())
print(type(True.numerator).__name__, type(True.real).__name__, type(True.conjugate()).__name__)
print((5).__index__(), (5).__int__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__())
print(round(12345, -2), round(-12355, -1), round(15, -1), round(25, -1), round(7, 2), type(round(7, 0)).__name__)
print((5).__round__(), (1234).__round__(-3), (10**20 + 5).__round__(-1))
print(hasattr(1, 'is_integer'))
print(int.__abs__(-3), (-3).__neg__(), (3).__pos__(), (3).__invert__())
print((7).__divmod__(2), (7).__rdivmod__(2), (7).__rsub__(10), (2).__rpow__(3))
print((7).__add__(1.5), (7).__eq__('a'), (7).__lt__(8.5))
print(int.__new__(int, '12'), int.__new__(bool, 3))
