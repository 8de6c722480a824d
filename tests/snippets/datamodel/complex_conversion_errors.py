# complex(): __complex__ results, fallbacks and argument errors.
class C:
    def __complex__(self): return 2 + 3j
class F:
    def __float__(self): return 1.5
class I:
    def __index__(self): return 4
class BadC:
    def __complex__(self): return 1.0
class CSub(complex):
    pass
print(complex(C()), complex(F()), complex(I()), complex(1, F()), complex(C(), 1))
print(complex(CSub(1, 2)), type(complex(CSub(1, 2))).__name__, complex("  (1-2j) "), complex("3"))
for args in ((BadC(),), (object(),), ("1+2j", 3), (1, "2"), ("bad",), (None,)):
    try:
        print(complex(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class Both:
    def __complex__(self): return 1j
    def __float__(self): return 9.0
print(complex(Both()), float(Both()))
print(complex(real=1, imag=2), complex(imag=2), complex())
