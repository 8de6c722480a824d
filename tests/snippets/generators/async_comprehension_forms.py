# Async comprehensions: list/set/dict/generator forms, await inside, and nesting.
import types

@types.coroutine
def tick(v):
    got = yield v
    return got

async def arange(n):
    for i in range(n):
        yield i

def drive(coro):
    value = None
    steps = []
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value, steps
        steps.append(req)
        value = req * 10

async def forms():
    lst = [x async for x in arange(4) if x % 2 == 0]
    st = {x % 2 async for x in arange(5)}
    dct = {x: x * x async for x in arange(3)}
    awaited = [await tick(x) for x in range(3)]
    mixed = [await tick(x) async for x in arange(2)]
    nested = [[y async for y in arange(x)] async for x in arange(3)]
    gen = (x * 2 async for x in arange(3))
    from_gen = [v async for v in gen]
    return lst, sorted(st), dct, awaited, mixed, nested, from_gen, type(gen).__name__

print(drive(forms()))

async def cond_await():
    return [x for x in range(5) if await tick(x)]
print(drive(cond_await()))

async def outer_only_sync():
    agen = (x async for x in arange(2))
    return [i async for i in agen]
print(drive(outer_only_sync()))
try:
    compile("[x async for x in y]", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
def sync_gen_with_await():
    return (await_something for await_something in range(1))
print(list(sync_gen_with_await()))
