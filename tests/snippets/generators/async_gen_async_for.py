# async for over async generators: break, exceptions, finally, nesting, yield from awaits.


def run(coro):
    seen = []
    try:
        while True:
            seen.append(coro.send(None))
    except StopIteration as e:
        print("  loop saw", seen)
        return e.value


class Tick:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return (yield self.tag)


async def numbers(n, log):
    try:
        for i in range(n):
            await Tick(i)
            yield i
    finally:
        log.append("numbers finally")


async def pairs(n, log):
    async for i in numbers(n, log):
        yield (i, i * i)


async def main():
    log = []
    out = []
    async for x in numbers(3, log):
        out.append(x)
    print(out, log)
    log.clear()
    agen = numbers(10, log)
    async for x in agen:
        if x == 2:
            break
    print("after break", log)
    await agen.aclose()
    print("after aclose", log)
    log.clear()
    print([p async for p in pairs(3, log)], log)
    try:
        async for x in numbers(3, log):
            if x == 1:
                raise ValueError("stop at 1")
    except ValueError as e:
        print("caught", e)
    return "main done"


print(run(main()))


async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except GeneratorExit:
        print("echo closing with", received)
        raise


async def talk():
    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    await e.aclose()
    try:
        await e.asend("c")
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")


run(talk())


async def gen_with_return_value_await():
    x = await Tick("t")
    yield x


async def drive():
    g = gen_with_return_value_await()
    a = g.__anext__()
    return a


aw = run(drive())
print(type(aw).__name__)
print(aw.send(None))
try:
    aw.send("sent in")
except StopIteration as e:
    print("yielded", e.value)
