class Abort(Exception):
    pass

def worker(name):
    print(f"  {name}: started")
    processed = []
    try:
        while True:
            try:
                item = yield len(processed)
            except Abort as e:
                print(f"  {name}: aborting current item ({e})")
                continue
            if item is None:
                break
            processed.append(item.upper())
    except GeneratorExit:
        print(f"  {name}: closed with {processed}")
        raise
    finally:
        print(f"  {name}: finally")
    return processed

w = worker("w1")
print(next(w))
print(w.send("a"), w.send("b"))
print(w.throw(Abort("bad input")))
print(w.send("c"))
try:
    w.send(None)
except StopIteration as e:
    print("returned", e.value)

w2 = worker("w2")
next(w2)
w2.send("x")
w2.close()
print("w2 closed:", w2.gi_frame is None)

w3 = worker("w3")
next(w3)
try:
    w3.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))

def countdown(n):
    while n > 0:
        reset = yield n
        n = reset if reset is not None else n - 1

c = countdown(5)
out = [next(c), next(c), c.send(10), next(c)]
print(out, list(c)[:3])

class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b

class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

f = Fib(100)
print(list(f), sum(f), max(f), list(zip(f, Countdown(3))))
cd = Countdown(3)
print(list(cd), list(cd))

def chunked(iterable, n):
    it = iter(iterable)
    while chunk := [x for _, x in zip(range(n), it)]:
        yield chunk

print(list(chunked(range(10), 4)), list(chunked([], 3)))

def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)

print(list(interleave("abc", range(5), Fib(10))))
gen = (x for x in range(3))
print(next(gen), list(gen), next(gen, "done"))
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
