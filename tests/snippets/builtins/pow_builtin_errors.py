# pow() builtin: three-argument forms, keyword names, mixed types and the exact error messages
print(pow(2, 10), pow(2, -2), pow(2.5, 2), pow(-2, 0.5) == (-2) ** 0.5, pow(4, 0.5), pow(True, 5), pow(2, 3, 5), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(base=3, exp=4), pow(5, -1, 3), pow(0, 0, 7), pow(10**20, 2, 10**9 + 9), pow(2, 10**20, 97))
class Mod:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other, mod=None):
        return ('rpow', other, mod)
print(pow(Mod(), 2), pow(Mod(), 2, 3), pow(2, Mod()), 2 ** Mod())
errs = [lambda: pow(2, 3, 0), lambda: pow(2, 3.0, 5), lambda: pow(2, 3, 5.0), lambda: pow(2, -1, 4), lambda: pow(0, -1),
        lambda: pow(0.0, -1), lambda: pow('a', 2), lambda: pow(2), lambda: pow(2, 3, 4, 5), lambda: pow(x=2, y=3), lambda: pow(1j, 2, 3)]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
