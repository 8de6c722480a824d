import itertools, functools
def read_records():
    raw = """alice,34,engineering,120
bob,28,design,95
carol,45,engineering,150
dave,39,sales,80
erin,31,design,105
frank,52,sales,99
grace,29,engineering,130"""
    for line in raw.splitlines():
        name, age, dept, salary = line.split(",")
        yield {"name": name, "age": int(age), "dept": dept, "salary": int(salary)}
def where(pred, rows):
    return (r for r in rows if pred(r))
def select(keys, rows):
    for r in rows:
        yield tuple(r[k] for k in keys)
def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total
rows = list(read_records())
print(list(select(["name", "salary"], where(lambda r: r["age"] > 30, rows))))
by_dept = itertools.groupby(sorted(rows, key=lambda r: r["dept"]), key=lambda r: r["dept"])
for dept, members in by_dept:
    members = list(members)
    avg = sum(m["salary"] for m in members) / len(members)
    print(f"{dept:<12} n={len(members)} avg={avg:.1f} oldest={max(members, key=lambda m: m['age'])['name']}")
print(list(running_total(r["salary"] for r in rows)))
print(list(itertools.accumulate([r["age"] for r in rows], max)))
pairs = list(itertools.combinations([r["name"] for r in rows[:4]], 2))
print(len(pairs), pairs[:3])
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(functools.reduce(lambda acc, r: acc | {r["dept"]}, rows, set()) == {"engineering", "design", "sales"})
def batched(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk
print([ [r["name"] for r in b] for b in batched(rows, 3)])
def coro_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            return avg
        total += v
        count += 1
        avg = total / count
c = coro_avg()
next(c)
print([c.send(r["salary"]) for r in rows[:3]])
try:
    c.send(None)
except StopIteration as e:
    print("final", e.value)
