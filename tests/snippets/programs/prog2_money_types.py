from abc import ABC, abstractmethod
from collections.abc import Sequence, Mapping
import operator

class Money(int):
    """Amount in cents, an int subclass."""
    def __new__(cls, cents, currency="USD"):
        obj = super().__new__(cls, cents)
        obj.currency = currency
        return obj

    @classmethod
    def parse(cls, text):
        cur, _, amount = text.partition(" ")
        whole, _, frac = amount.partition(".")
        sign = -1 if whole.startswith("-") else 1
        return cls(sign * (abs(int(whole)) * 100 + int((frac + "00")[:2])), cur)

    def _check(self, other):
        if isinstance(other, Money) and other.currency != self.currency:
            raise ValueError(f"currency mismatch {self.currency}/{other.currency}")

    def __add__(self, other):
        self._check(other)
        return Money(int(self) + int(other), self.currency)
    __radd__ = __add__

    def __sub__(self, other):
        self._check(other)
        return Money(int(self) - int(other), self.currency)

    def __mul__(self, k):
        return Money(round(int(self) * k), self.currency)
    __rmul__ = __mul__

    def split(self, n):
        q, r = divmod(int(self), n)
        return [Money(q + (i < r), self.currency) for i in range(n)]

    def __format__(self, spec):
        sign = "-" if self < 0 else ""
        d, c = divmod(abs(int(self)), 100)
        body = f"{sign}{d:,}.{c:02d} {self.currency}"
        return format(body, spec) if spec else body

    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"

    __str__ = __format__.__get__ if False else (lambda self: format(self, ""))

class Prices(Mapping):
    def __init__(self, **items):
        self._d = {k: Money.parse(v) for k, v in items.items()}

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(sorted(self._d))

    def __len__(self):
        return len(self._d)

class Basket(Sequence):
    def __init__(self, prices):
        self.prices = prices
        self.items = []

    def add(self, name, qty=1):
        self.items.extend([name] * qty)
        return self

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)

    def total(self):
        return sum((self.prices[n] for n in self), Money(0))

class DefaultPrices(dict):
    def __missing__(self, key):
        return Money(0)

class Payable(ABC):
    @abstractmethod
    def amount(self): ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Payable and any("amount" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented

class Invoice:
    def amount(self):
        return Money(100)

class Legacy:
    pass
Payable.register(Legacy)

p = Prices(apple="USD 0.45", bread="USD 2.99", cheese="USD 7.5", wine="USD 12.00")
b = Basket(p).add("apple", 6).add("bread").add("cheese", 2)
print(len(b), b.count("apple"), b.index("bread"), "cheese" in b, list(reversed(b))[:2], b[-1])
t = b.total()
print(repr(t), f"{t}", f"[{t:>16}]", t * 1.2, t.split(3), sum(t.split(3)) == t)
print(sorted(p, key=p.get), dict(p.items())["wine"], p.get("caviar", "n/a"), len(p), "apple" in p)
print(Money.parse("USD -3.05"), Money(5) + 7, 3 * Money(10, "EUR"), isinstance(t, int), t // 100, t > 1000)
try:
    Money(1, "EUR") + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
dp = DefaultPrices(a=Money(5))
print(dp["a"], dp["zzz"], "zzz" in dp)
print(isinstance(Invoice(), Payable), isinstance(Legacy(), Payable), isinstance(b, Payable), issubclass(Basket, Sequence), isinstance(p, Mapping))
print(sorted([Money(300), Money(-5), Money(20)]), max(b, key=lambda n: p[n]), operator.index(Money(7)))
print("{:>20}|{!r}|{}".format(Money(123456), Money(1), Money(-99)), "%d cents" % Money(42))
