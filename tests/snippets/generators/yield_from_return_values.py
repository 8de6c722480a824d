def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    return total

def outer():
    r1 = yield from inner(2)
    print("inner1 returned", r1)
    r2 = yield from inner(3)
    print("inner2 returned", r2)
    r3 = yield from []
    r4 = yield from iter("ab")
    return (r1, r2, r3, r4)

g = outer()
print(next(g))
print(g.send(10))
print(g.send(5))
print(g.send(1))
print(g.send(2))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("final", e.value)

def returns_stopiteration_like():
    return StopIteration("wrapped")
    yield
def wrapper():
    v = yield from returns_stopiteration_like()
    return type(v).__name__, v.args
try:
    next(wrapper())
except StopIteration as e:
    print(e.value)

def chain(*its):
    count = 0
    for it in its:
        count += yield from it if not isinstance(it, int) else ()
    return count
def counted(xs):
    yield from xs
    return len(xs)
g = chain(counted([1, 2]), counted("xyz"))
print(list(g))
def collector():
    result = yield from chain(counted([1]), counted([2, 3]))
    yield f"chain counted {result}"
print(list(collector()))
def gen_tuple():
    return (1, 2)
    yield
def unpack():
    a, b = yield from gen_tuple()
    yield a + b
print(list(unpack()))
