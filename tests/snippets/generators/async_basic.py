# async def / await basics driven by a tiny hand-written loop.
import sys


def run(coro):
    """Drive a coroutine to completion, printing every value it yields to the loop."""
    steps = 0
    value = None
    while True:
        try:
            out = coro.send(value)
        except StopIteration as e:
            print("  done after", steps, "steps ->", repr(e.value))
            return e.value
        steps += 1
        print("  loop got", repr(out))
        value = out * 10 if isinstance(out, int) else None


class Yielder:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield self.v
        return ("yielder", self.v, got)


async def add(a, b):
    return a + b


async def chain(n):
    total = 0
    for i in range(n):
        total += await add(i, 1)
    return total


async def uses_yielder():
    r1 = await Yielder(1)
    r2 = await Yielder(2)
    return [r1, r2]


async def nested():
    a = await chain(3)
    b = await uses_yielder()
    return a, b


print("chain:")
run(chain(4))
print("yielder:")
run(uses_yielder())
print("nested:")
run(nested())

c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__)
print(repr(c).startswith("<coroutine object add at 0x"))
print(run(c))


class K:
    async def method(self, x):
        return await add(x, x)


print(K.method.__qualname__)
k = K().method(21)
print(k.__qualname__)
print(run(k))


async def raiser():
    await Yielder("x")
    raise ValueError("boom")


try:
    run(raiser())
except ValueError as e:
    print("caught", e)


async def catcher():
    try:
        await raiser()
    except ValueError as e:
        return "inner caught " + str(e)


print(run(catcher()))


async def with_finally(log):
    try:
        await Yielder("f")
        return "body"
    finally:
        log.append("finally")


log = []
print(run(with_finally(log)), log)


async def empty():
    pass


print(run(empty()))


async def deep(n):
    if n == 0:
        return await Yielder("bottom")
    return await deep(n - 1)


print(run(deep(50)))
print(sys.getrecursionlimit() > 100)
