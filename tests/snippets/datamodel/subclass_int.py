# Subclassing int: construction, overridden operators, what returns the subclass.
class Money(int):
    def __new__(cls, value, currency="EUR"):
        self = super().__new__(cls, value)
        self.currency = currency
        return self
    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"
    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)
    __radd__ = __add__

m = Money(5)
print(m, m + 3, 3 + m, m * 2, type(m * 2).__name__, -m, type(-m).__name__)
print(sum([Money(1), Money(2)]), isinstance(m, int), m == 5, hash(m) == hash(5))
print(m.real, type(m.real).__name__, int(m), type(int(m)).__name__, str(m), f"{m:>4}")
print({5: "five"}[m], [10, 20, 30, 40, 50, 60][m], bin(m), m.bit_length())

class Flag(int):
    def __bool__(self):
        return False
print(bool(Flag(7)), "yes" if Flag(1) else "no", not Flag(3))

class Named(int):
    def __str__(self):
        return "Named!"
n = Named(2)
print(str(n), repr(n), f"{n}", "%d" % n, "{}".format(n))
class Cmp(int):
    def __eq__(self, other):
        return True
    __hash__ = int.__hash__
print(Cmp(1) == 2, 2 == Cmp(1), Cmp(1) != 2, Cmp(1) < 2)
print(int.__new__(Money, 9).__class__.__name__, Money.from_bytes(b"\x01\x00", "big"))
class Big(int):
    pass
b = Big(10**30)
print(b, type(b).__name__, b // 10**29, type(b + 0).__name__)
print(Big("ff", 16), Big(" 12 "), Big(3.9), Big(True), type(Big(True)).__name__)
