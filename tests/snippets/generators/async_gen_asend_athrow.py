# Async generators driven by hand: __anext__, asend, athrow, aclose.


def run(aw):
    """Drive an awaitable; return ('value', v) or ('raised', exc)."""
    it = aw.__await__()
    try:
        while True:
            out = it.send(None)
            print("  passthrough", repr(out))
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))


class Tick:
    def __await__(self):
        yield "tick"
        return "ticked"


async def agen(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("  agen got", got)
        t = await Tick()
        print("  after await:", t)


g = agen(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(repr(g).startswith("<async_generator object agen at 0x"))
print(g.__aiter__() is g)
a = g.__anext__()
print(type(a).__name__)
print(run(a))
print(run(g.asend("hello")))
print(run(g.__anext__()))
print(run(g.__anext__()))
print(run(g.__anext__()))

# Driving asend step by step
g2 = agen(2)
aw = g2.asend(None)
try:
    aw.send(None)
except StopIteration as e:
    print("first item", e.value)
aw2 = g2.asend("x")
print(aw2.send(None))
try:
    aw2.send(None)
except StopIteration as e:
    print("second item", e.value)
try:
    aw2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


# athrow
async def catching():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("  caught", e)
            yield "recovered"


g3 = catching()
print(run(g3.__anext__()))
print(run(g3.athrow(ValueError("v1"))))
print(run(g3.athrow(ValueError, ValueError("v2"))))
print(run(g3.__anext__()))
print(run(g3.athrow(KeyError("k"))))
print(run(g3.__anext__()))
print(run(g3.aclose()))

# athrow on a fresh generator raises right away
g4 = catching()
print(run(g4.athrow(TypeError("fresh"))))
print(run(g4.__anext__()))


# return inside the async generator ends iteration with StopAsyncIteration
async def short():
    yield 1
    return


g5 = short()
print(run(g5.__anext__()))
print(run(g5.__anext__()))
print(run(g5.__anext__()))


# exceptions propagate out of __anext__
async def bad():
    yield 1
    raise ZeroDivisionError("bad")


g6 = bad()
print(run(g6.__anext__()))
print(run(g6.__anext__()))
print(run(g6.__anext__()))


# StopIteration/StopAsyncIteration inside become RuntimeError
async def raises_stop():
    yield 1
    raise StopIteration("s")


g7 = raises_stop()
print(run(g7.__anext__()))
print(run(g7.__anext__()))


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration


g8 = raises_stop_async()
print(run(g8.__anext__()))
print(run(g8.__anext__()))

# ag_* attributes
g9 = agen(1)
print(g9.ag_running, g9.ag_code.co_name, g9.ag_await)
print(run(g9.__anext__()))
print(g9.ag_running, g9.ag_await)
