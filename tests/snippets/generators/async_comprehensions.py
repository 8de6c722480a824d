# Async comprehensions and await inside comprehensions.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


async def agen(n):
    for i in range(n):
        await Tick()
        yield i


async def double(x):
    await Tick()
    return x * 2


async def main():
    print([x async for x in agen(5)])
    print({x % 3 async for x in agen(7)})
    print({x: x * x async for x in agen(4)})
    print([x async for x in agen(10) if x % 2])
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in agen(3)])
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([[y async for y in agen(x)] for x in range(4)])
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__)
    print([v async for v in g])
    g2 = (await double(x) for x in range(3))
    print(type(g2).__name__)
    out = []
    async for v in g2:
        out.append(v)
    print(out)
    # comprehension variables do not leak
    x = "outer"
    [x async for x in agen(2)]
    print(x)
    return "main done"


print(run(main()))


def sync_with_async_genexp():
    g = (x async for x in agen(2))
    return type(g).__name__


print(sync_with_async_genexp())


async def nested_scopes():
    base = 100
    res = [base + v async for v in agen(3)]
    res2 = {k: [base + await double(k)] async for k in agen(2)}
    return res, res2


print(run(nested_scopes()))
