# aclose and finally blocks in async generators.


def run(aw):
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
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


async def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally runs")
        await Tick("cleanup-await")
        print("  finally done")


g = with_finally()
print(run(g.__anext__()))
print(run(g.aclose()))
print(run(g.aclose()))
print(run(g.__anext__()))

# aclose on an unstarted generator
g2 = with_finally()
print(run(g2.aclose()))
print(run(g2.__anext__()))


# ignoring GeneratorExit by yielding
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "nope"


g3 = stubborn()
print(run(g3.__anext__()))
print(run(g3.aclose()))


# GeneratorExit caught and something else raised
async def converts():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("converted")


g4 = converts()
print(run(g4.__anext__()))
print(run(g4.aclose()))


# reusing an aclose() awaitable
g5 = with_finally()
print(run(g5.__anext__()))
ac = g5.aclose()
print(run(ac))
try:
    ac.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


# aclose on an exhausted generator
async def one():
    yield "only"


g6 = one()
print(run(g6.__anext__()))
print(run(g6.__anext__()))
print(run(g6.aclose()))


# athrow handled by finally then propagates
async def fin_then_raise():
    try:
        yield 1
    finally:
        print("  fin_then_raise finally")


g7 = fin_then_raise()
print(run(g7.__anext__()))
print(run(g7.athrow(OSError("os"))))
print(run(g7.__anext__()))


# close() on an asend awaitable marks it as closed
g8 = one()
aw = g8.__anext__()
print(aw.close())
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
