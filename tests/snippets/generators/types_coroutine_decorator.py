# types.coroutine: generator-based coroutines usable with await.
import types

@types.coroutine
def legacy():
    x = yield "legacy yield"
    return x * 2

def plain():
    yield 1

print(legacy.__code__.co_flags & 0x100 != 0, plain.__code__.co_flags & 0x100 != 0)

async def uses_legacy():
    return await legacy()

c = uses_legacy()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("result", e.value)

g = legacy()
print(type(g).__name__, next(g))

async def native():
    return "native"
wrapped = types.coroutine(native)
print(wrapped is native)

class Awaitable:
    def __await__(self):
        yield "from __await__"
        return "awaitable done"
@types.coroutine
def returns_iterable():
    return Awaitable().__await__()
async def uses_iterable():
    return await returns_iterable()
u = uses_iterable()
print(u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print(e.value)

def not_gen():
    return 5
nc = types.coroutine(not_gen)
print(nc())
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError:", e)
