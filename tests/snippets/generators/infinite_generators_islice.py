import itertools

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(list(itertools.islice(naturals(), 5)))
print(list(itertools.islice(fib(), 10, 15)))
print(list(itertools.islice(primes(), 0, 30, 3)))
print(list(itertools.takewhile(lambda x: x < 50, (p * p for p in primes()))))
evens = (n for n in naturals() if n % 2 == 0)
print(next(evens), next(evens), list(itertools.islice(evens, 3)))
pairs = zip(naturals(1), "abc")
print(list(pairs))
cyc = itertools.cycle(fib())
print(list(itertools.islice(cyc, 8)))
print(next(itertools.dropwhile(lambda x: x < 1000, fib())))
acc = itertools.accumulate(naturals(1))
print(list(itertools.islice(acc, 6)))
g = naturals()
it = itertools.islice(g, 2)
print(list(it), next(g))
try:
    itertools.islice(naturals(), -1)
except ValueError as e:
    print(type(e).__name__, e)
def windows(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(itertools.islice(windows(fib(), 3), 4)))
