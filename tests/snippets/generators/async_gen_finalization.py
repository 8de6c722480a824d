# Async generators driven by hand: finally blocks, aclose at the right time, and return values.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"

async def ticker(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("ticker cleanup", n)

async def consume_partially():
    out = []
    g = ticker(5)
    async for v in g:
        out.append(v)
        if v == 1:
            break
    await g.aclose()
    return out
print(drive(consume_partially()))

async def consume_all():
    return [v async for v in ticker(2)]
print(drive(consume_all()))

async def manual():
    g = ticker(3)
    first = await g.__anext__()
    second = await g.asend(None)
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return (first, second, "stopped")
print(drive(manual()))

async def thrower():
    g = ticker(3)
    await g.__anext__()
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        return "propagated: " + str(e)
print(drive(thrower()))

async def agen_raises():
    yield 1
    raise KeyError("from agen")
async def catch_it():
    try:
        async for _ in agen_raises():
            pass
    except KeyError as e:
        return "caught " + repr(e)
print(drive(catch_it()))
