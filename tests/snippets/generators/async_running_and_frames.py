# ag_running / already-running errors, cr_frame / ag_frame, and a traceback through awaits.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class T:
    def __await__(self):
        yield 1


async def ag():
    print("inside, ag_running =", g.ag_running)
    await T()
    yield "item"


g = ag()
print("before:", g.ag_running, g.ag_frame.f_code.co_name, g.ag_await)
a1 = g.__anext__()
print(a1.send(None))
print("suspended in await:", g.ag_running, type(g.ag_await).__name__)
try:
    g.__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    g.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    g.athrow(ValueError).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a1.send(None)
except StopIteration as e:
    print("item:", e.value)
print("after item:", g.ag_running)
for bad in [(), (1, 2)]:
    try:
        g.asend(*bad)
    except TypeError as e:
        print("TypeError:", e)


async def coro():
    await T()
    return "r"


c = coro()
fr = c.cr_frame
print(fr.f_code.co_name, fr.f_code is coro.__code__)
c.send(None)
print(c.cr_frame is not None, c.cr_frame.f_code.co_name)
print(run(c))
print(c.cr_frame)


async def level3():
    await T()
    raise LookupError("deep")


async def level2():
    return await level3()


async def level1():
    try:
        await level2()
    except LookupError as e:
        raise RuntimeError("wrapped") from e


run(level1())
