# async with / async for on classes implementing the protocols.


def run(coro):
    try:
        while True:
            out = coro.send(None)
            print("  yielded", out)
    except StopIteration as e:
        return e.value


class Tick:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await Tick("enter-" + self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        await Tick("exit-" + self.name)
        return self.suppress


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        print("aiter called")
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Tick("next-%d" % self.i)
        return self.i


async def main():
    async with Manager("a") as v:
        print("body", v)
    async with Manager("b", suppress=True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with Manager("c"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", e)
    async with Manager("x") as x, Manager("y") as y:
        print("two managers", x, y)
    async for i in Counter(3):
        print("item", i)
    async for i in Counter(2):
        print("item", i)
        if i == 1:
            continue
    else:
        print("for-else runs")
    async for i in Counter(5):
        if i == 2:
            print("breaking")
            break
    else:
        print("not printed")
    async for i in Counter(0):
        print("never")
    else:
        print("empty else")
    total = 0
    async for a in Counter(2):
        async for b in Counter(2):
            total += a * b
    print("total", total)
    return "done"


print(run(main()))


class BadNext:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("from anext")


async def bad_loop():
    try:
        async for _ in BadNext():
            pass
    except ValueError as e:
        print("loop error:", e)


run(bad_loop())


async def return_in_with():
    async with Manager("r"):
        return "returned from with"


print(run(return_in_with()))


async def break_in_with():
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 1:
                break
    return "broke"


print(run(break_in_with()))
