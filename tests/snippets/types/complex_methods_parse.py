# complex: construction from strings and numbers, attributes, conjugate, abs, repr forms and errors
for s in ['1+2j', '1-2j', ' 3j ', '-j', '+j', '(1+2j)', '1e3+1e-3j', 'inf+nanj', '-1.5', '2J', '1_0+2_0j']:
    print(repr(s), complex(s))
for args in [(), (1,), (1, 2), (1.5, -0.0), (1j, 1j), (-0.0, 0.0), (0.0, -0.0), (True, False)]:
    c = complex(*args)
    print(args, c, repr(c), c.real, c.imag, c.conjugate(), abs(c))
print(complex(real=3, imag=4), abs(3 + 4j), (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (2j) ** 2, (1 + 1j) ** 0)
print(1j ** 2, (-1) ** 0.5, 0j ** 0, (1 + 2j) == (1 + 2j), (1 + 0j) == 1, 1j != 1)
print(repr(complex(1e300, 1e300) * 10), repr(complex(float('nan'), 1)), repr(-1j), repr(0j), repr(-0j), repr(complex(-0.0, -0.0)))
print(hash(1 + 0j) == hash(1), hash(0j), hash(2.5 + 0j) == hash(2.5))
bad = [lambda: complex('1+2'), lambda: complex('j1'), lambda: complex('1 + 2j'), lambda: complex(''),
       lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex(None), lambda: 1j < 2j,
       lambda: (1 + 1j) // 1, lambda: (1 + 1j) % 2, lambda: 1j / 0, lambda: 0j ** -1, lambda: int(1j), lambda: float(1j)]
for t in bad:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
