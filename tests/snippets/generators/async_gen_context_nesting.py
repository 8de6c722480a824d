# Async generators using async with, awaiting inside finally, and delegation through async for.
import types

@types.coroutine
def checkpoint(label):
    yield label

class Session:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        await checkpoint("enter " + self.name)
        return self
    async def __aexit__(self, *exc):
        await checkpoint("exit " + self.name)
        print("closed", self.name, exc[0].__name__ if exc[0] else None)

async def rows(name, n):
    async with Session(name):
        for i in range(n):
            await checkpoint(f"{name} row {i}")
            yield f"{name}:{i}"

async def merged():
    out = []
    async for r in rows("a", 2):
        async for s in rows("b", 1):
            out.append((r, s))
    return out

def drive(coro):
    trail = []
    while True:
        try:
            trail.append(coro.send(None))
        except StopIteration as e:
            return e.value, trail

result, trail = drive(merged())
print(result)
print(trail)

async def early_exit():
    g = rows("c", 5)
    async for r in g:
        if r.endswith("1"):
            break
    await g.aclose()
    return "stopped at " + r
print(drive(early_exit())[0])

async def failing_rows():
    async with Session("d"):
        yield 1
        raise RuntimeError("row failure")
async def consume_failing():
    try:
        async for _ in failing_rows():
            pass
    except RuntimeError as e:
        return "caught " + str(e)
print(drive(consume_failing()))
