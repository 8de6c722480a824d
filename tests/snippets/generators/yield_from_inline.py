# `yield from` a generator runs its frame inline: sent values, return values, throw and
# close delegation, exceptions, and delegation to plain iterators.


def inner():
    got = []
    x = yield 1
    got.append(x)
    x = yield 2
    got.append(x)
    return got


def outer():
    r = yield from inner()
    print("inner returned", r)
    r2 = yield from [10, 20]
    print("list returned", r2)
    r3 = yield from iter(())
    print("empty returned", r3)
    return "outer done"


g = outer()
print(next(g), g.send("a"), g.send("b"), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)


def failing():
    yield 1
    raise KeyError("inner failure")


def wrap():
    try:
        yield from failing()
    except KeyError as e:
        print("wrap caught", e)
        yield "recovered"


print(list(wrap()))


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("inner caught", e)


def delegator():
    yield from catcher()


d = delegator()
print(next(d), d.throw(ValueError("v1")), d.throw(ValueError("v2")))
d.close()
print(d.gi_running, d.gi_frame)


def fresh():
    v = yield "first"
    return v


def send_into_fresh():
    r = yield from fresh()
    return r


s = send_into_fresh()
print(s.send(None))
try:
    s.send("value")
except StopIteration as e:
    print("returned", e.value)


def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1


g = deep(30)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)


def self_ref():
    yield from me


me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def gen_exc():
    yield 1
    1 / 0


def outer_exc():
    yield from gen_exc()


for v in outer_exc():
    print(v)
