from itertools import islice, chain, tee, accumulate, groupby, count, zip_longest, starmap, filterfalse, pairwise
import operator

LINES = """
# sensor readings
t1,temp,21.5
t1,temp,22.0
t2,hum,40
t1,temp,bad
t2,hum,42
t3,temp,19.0

t2,hum,47
t3,temp,18.5
t1,temp,23.5
""".splitlines()

def read(lines):
    for n, line in enumerate(lines, 1):
        yield n, line

def strip_comments(src):
    for n, line in src:
        line = line.split("#", 1)[0].strip()
        if line:
            yield n, line

def parse(src, errors):
    for n, line in src:
        sensor, kind, raw = line.split(",")
        try:
            yield {"line": n, "sensor": sensor, "kind": kind, "value": float(raw)}
        except ValueError:
            errors.append(f"line {n}: bad value {raw!r}")

def moving_average(values, k):
    window = []
    for v in values:
        window.append(v)
        if len(window) > k:
            window.pop(0)
        yield sum(window) / len(window)

def coroutine_stats():
    n = total = 0
    lo = hi = None
    while True:
        v = yield (n, total, lo, hi)
        if v is None:
            break
        n += 1
        total += v
        lo = v if lo is None else min(lo, v)
        hi = v if hi is None else max(hi, v)
    return f"final n={n} mean={total / n:.2f}"

errors = []
records = list(parse(strip_comments(read(LINES)), errors))
print(len(records), "records;", errors)
temps = [r["value"] for r in records if r["kind"] == "temp"]
print("temps", temps)
print("moving avg", [round(x, 2) for x in moving_average(temps, 3)])
print("running max", list(accumulate(temps, max)), "cumsum", list(accumulate(temps)))
for sensor, grp in groupby(sorted(records, key=lambda r: r["sensor"]), key=lambda r: r["sensor"]):
    vals = [r["value"] for r in grp]
    print(f"  {sensor}: {vals} deltas={[b - a for a, b in pairwise(vals)]}")

stats = coroutine_stats()
next(stats)
for v in temps:
    snap = stats.send(v)
print("snapshot", snap)
try:
    stats.send(None)
except StopIteration as e:
    print("coroutine returned:", e.value)

def gen_with_cleanup(items):
    try:
        for x in items:
            yield x
    finally:
        print("  cleanup ran")

g = gen_with_cleanup(range(100))
print(list(islice(g, 3)))
g.close()
a, b = tee(count(1, 3))
print(list(islice(a, 4)), list(islice(b, 2)), next(a))
print(list(zip_longest("abc", [1], fillvalue="-")), list(starmap(operator.pow, [(2, 5), (3, 2)])))
print(list(filterfalse(str.isdigit, "a1b2c3")), list(chain.from_iterable(["ab", "cd"])))
evens = (x for x in range(10) if x % 2 == 0)
squares = (x * x for x in evens)
print(sum(squares), list(squares), next(iter([]), "empty"))
def delegator():
    result = yield from coroutine_like()
    yield f"sub returned {result}"
def coroutine_like():
    yield 1
    yield 2
    return 3
print(list(delegator()))
