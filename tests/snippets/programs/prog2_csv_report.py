from collections import defaultdict
from itertools import groupby
from operator import itemgetter, attrgetter

RAW = """region,rep,product,units,price
North,Ann,Widget,12,2.50
South,Bob,Gadget,3,19.99
North,Cy,Widget,7,2.50
East,Dee,Gizmo,20,7.25
South,Bob,Widget,40,2.45
North,Ann,Gizmo,5,7.25
East,Eve,Gadget,1,21.00
South,Fay,Gizmo,9,7.00
East,Dee,Widget,15,2.55
North,Cy,Gadget,4,19.99
West,Gus,Widget,0,2.50
"""

class Row:
    __slots__ = ("region", "rep", "product", "units", "price")

    def __init__(self, region, rep, product, units, price):
        self.region, self.rep, self.product = region, rep, product
        self.units, self.price = int(units), float(price)

    @property
    def revenue(self):
        return self.units * self.price

def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    for ln in lines[1:]:
        yield Row(**dict(zip(header, ln.split(","))))

rows = list(parse(RAW))
print(f"{'Region':<8}{'Rep':<6}{'Product':<8}{'Units':>6}{'Price':>8}{'Revenue':>10}")
print("-" * 46)
for r in sorted(rows, key=attrgetter("region", "rep")):
    print(f"{r.region:<8}{r.rep:<6}{r.product:<8}{r.units:>6d}{r.price:>8.2f}{r.revenue:>10,.2f}")
print("=" * 46)

by_region = defaultdict(list)
for r in rows:
    by_region[r.region].append(r)
grand = sum(r.revenue for r in rows)
for region, rs in sorted(by_region.items(), key=lambda kv: -sum(r.revenue for r in kv[1])):
    total = sum(r.revenue for r in rs)
    bar = "#" * round(total / grand * 40)
    print(f"{region:>6} {total:>9.2f} {total / grand:>6.1%} {bar}")

keyf = itemgetter(0)
pairs = sorted((r.product, r.units) for r in rows)
for product, grp in groupby(pairs, key=keyf):
    units = [u for _, u in grp]
    print(f"{product:^10}|{sum(units):^7}|{max(units):^5}|{sum(units) / len(units):^8.3f}|")

best = max(rows, key=attrgetter("revenue"))
print(f"best: {best.rep} sold {best.units} {best.product}s for ${best.revenue:_.2f}")
reps = {}
for r in rows:
    reps.setdefault(r.rep, set()).add(r.product)
print({k: sorted(v) for k, v in sorted(reps.items())})
print(f"{grand:e} {grand:.3g} {grand:015.4f} {int(grand):+,} {int(grand):#b} {0.0:.2%}")
zero = [r.rep for r in rows if not r.units]
print(f"no sales: {zero}")
