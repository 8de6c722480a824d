import copy
from contextlib import contextmanager, suppress, ExitStack

class InventoryError(Exception):
    pass

class OutOfStock(InventoryError):
    pass

class Inventory:
    def __init__(self):
        self.stock = {}
        self.log = []

    def add(self, sku, qty, price):
        entry = self.stock.setdefault(sku, {"qty": 0, "price": price})
        entry["qty"] += qty
        entry["price"] = price
        self.log.append(f"+{qty} {sku}")

    def remove(self, sku, qty):
        entry = self.stock.get(sku)
        if entry is None:
            raise InventoryError(f"unknown sku {sku}")
        if entry["qty"] < qty:
            raise OutOfStock(f"{sku}: want {qty}, have {entry['qty']}")
        entry["qty"] -= qty
        self.log.append(f"-{qty} {sku}")

    def value(self):
        return sum(e["qty"] * e["price"] for e in self.stock.values())

    @contextmanager
    def transaction(self, name):
        snapshot = copy.deepcopy(self.stock)
        log_len = len(self.log)
        print(f"begin {name}")
        try:
            yield self
        except InventoryError as e:
            self.stock = snapshot
            del self.log[log_len:]
            print(f"rollback {name}: {e}")
        else:
            print(f"commit {name} ({len(self.log) - log_len} ops)")

class Transaction:
    """Class-based context manager variant that re-raises."""
    def __init__(self, inv):
        self.inv = inv

    def __enter__(self):
        self.saved = copy.deepcopy(self.inv.stock)
        return self.inv

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.inv.stock = self.saved
            print(f"  __exit__ restored after {exc_type.__name__}")
        return False

inv = Inventory()
with inv.transaction("initial"):
    inv.add("apple", 50, 0.4)
    inv.add("pear", 20, 0.55)
    inv.add("kiwi", 10, 0.9)

with inv.transaction("order-1") as t:
    t.remove("apple", 10)
    t.remove("kiwi", 10)

with inv.transaction("order-2") as t:
    t.remove("pear", 5)
    t.remove("apple", 100)
    t.remove("kiwi", 1)

with inv.transaction("order-3") as t:
    t.remove("mango", 1)

print({k: v["qty"] for k, v in sorted(inv.stock.items())}, f"value={inv.value():.2f}")
print(inv.log)

try:
    with Transaction(inv) as i:
        i.remove("pear", 15)
        i.add("plum", 3, 1.2)
        raise RuntimeError("power failure")
except RuntimeError as e:
    print("caught", e)
print(sorted(inv.stock))

with suppress(OutOfStock):
    inv.remove("pear", 1000)
    print("not reached")
print("suppressed; pear qty", inv.stock["pear"]["qty"])

order = []
with ExitStack() as stack:
    for name in ("a", "b", "c"):
        stack.callback(order.append, name)
    order.append("body")
print(order)

@contextmanager
def tagged(tag):
    print(f"<{tag}>")
    yield tag.upper()
    print(f"</{tag}>")

with tagged("outer") as o, tagged("inner") as i:
    print(o, i)
