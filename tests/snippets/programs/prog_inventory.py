from collections import defaultdict, Counter, namedtuple
from functools import total_ordering, reduce
import operator
Item = namedtuple("Item", "name price qty")
@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        return Money(self.cents + o.cents)
    __radd__ = lambda self, o: self if o == 0 else NotImplemented
    def __mul__(self, n):
        return Money(self.cents * n)
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __hash__(self):
        return hash(self.cents)
    def __format__(self, spec):
        return format(f"${self.cents // 100}.{self.cents % 100:02d}", spec)
    def __repr__(self):
        return f"Money({self.cents})"
class OutOfStock(Exception):
    def __init__(self, name, wanted, have):
        super().__init__(f"{name}: wanted {wanted}, have {have}")
        self.name = name
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, name, price, qty=1):
        old = self.items.get(name)
        self.items[name] = Item(name, Money(price), (old.qty if old else 0) + qty)
        self.log.append(("add", name, qty))
    def take(self, name, qty):
        it = self.items[name]
        if it.qty < qty:
            raise OutOfStock(name, qty, it.qty)
        self.items[name] = it._replace(qty=it.qty - qty)
        self.log.append(("take", name, qty))
        return it.price * qty
    def value(self):
        return sum((i.price * i.qty for i in self.items.values()), Money(0))
    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda i: (-i.price.cents, i.name)))
inv = Inventory()
for name, price, qty in [("apple", 50, 10), ("pear", 75, 4), ("melon", 300, 2), ("apple", 50, 5)]:
    inv.add(name, price, qty)
for it in inv:
    print(f"{it.name:<8}{it.price:>8}{it.qty:>4}")
print(f"total {inv.value():>10}")
spent = Money(0)
for name, q in [("apple", 3), ("melon", 3), ("pear", 4), ("kiwi", 1)]:
    try:
        spent = spent + inv.take(name, q)
    except OutOfStock as e:
        print("out of stock:", e, e.name)
    except KeyError as e:
        print("unknown item", e)
print("spent", format(spent), repr(spent), spent > Money(100), max(Money(5), Money(3)))
print(Counter(kind for kind, *_ in inv.log))
by_kind = defaultdict(list)
for kind, name, q in inv.log:
    by_kind[kind].append((name, q))
print(dict(by_kind))
print(reduce(operator.add, [i.qty for i in inv]), sorted({i.price for i in inv}))
