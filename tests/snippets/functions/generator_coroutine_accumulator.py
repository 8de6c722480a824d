def running_stats():
    n = 0
    total = 0.0
    result = None
    while True:
        try:
            value = yield result
        except ValueError as e:
            result = f"reset ({e})"
            n, total = 0, 0.0
            continue
        if value is None:
            break
        n += 1
        total += value
        result = (n, total / n)
    return f"final n={n}"

co = running_stats()
print(next(co))
for v in [10, 20, 30]:
    print(co.send(v))
print(co.throw(ValueError("bad data")))
print(co.send(4))
try:
    co.send(None)
except StopIteration as e:
    print("returned:", e.value)

def grep(pattern):
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("closing grep, matches:", matches)
        raise

g = grep("py")
next(g)
for line in ["python", "rust", "pypy", "go"]:
    g.send(line)
g.close()
print(g.gi_frame is None)

def broadcaster(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
def printer(prefix):
    while True:
        print(prefix, (yield))
p1, p2 = printer("A"), printer("B")
next(p1); next(p2)
b = broadcaster(p1, p2)
next(b)
b.send(1); b.send("two")
try:
    running_stats().send(5)
except TypeError as e:
    print(type(e).__name__, e)
