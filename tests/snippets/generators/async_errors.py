class A: pass
async def f(x):
    return await x
def run(c):
    try:
        while True: c.send(None)
    except StopIteration as e: return e.value
for x in [1, A(), "s"]:
    try: run(f(x))
    except TypeError as e: print(e)
class W:
    def __await__(self): return 5
try: run(f(W()))
except TypeError as e: print(e)
async def g():
    async with 1: pass
try: run(g())
except Exception as e: print(type(e).__name__, e)
async def h():
    async for i in 1: pass
try: run(h())
except Exception as e: print(type(e).__name__, e)
class AI:
    def __aiter__(self): return 1
async def h2():
    async for i in AI(): pass
try: run(h2())
except Exception as e: print(type(e).__name__, e)
class AI2:
    def __aiter__(self): return self
    def __anext__(self): return 1
async def h3():
    async for i in AI2(): pass
try: run(h3())
except Exception as e: print(type(e).__name__, e)
class CM:
    def __aenter__(self): return 1
    def __aexit__(self, *a): return 2
async def k():
    async with CM(): pass
try: run(k())
except Exception as e: print(type(e).__name__, e)
class CM2:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 2
async def k2():
    async with CM2(): pass
try: run(k2())
except Exception as e: print(type(e).__name__, e)
class CM3:
    async def __aenter__(self): return 1
async def k3():
    async with CM3(): pass
try: run(k3())
except Exception as e: print(type(e).__name__, e)
async def c(): pass
async def k4():
    x = c()
    await x
    await x
try: run(k4())
except Exception as e: print(type(e).__name__, e)
try: print(anext(1))
except Exception as e: print(type(e).__name__, e)
try: print(aiter(1))
except Exception as e: print(type(e).__name__, e)
def gg(): yield 1
async def k5(): await gg()
try: run(k5())
except Exception as e: print(type(e).__name__, e)


class AwaitReturnsCoro:
    def __await__(self):
        return c()


async def k6():
    return await AwaitReturnsCoro()


try:
    run(k6())
except Exception as e:
    print(type(e).__name__, e)


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


async def k7():
    async for x in AnextNotAwaitable():
        pass


try:
    run(k7())
except TypeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))


async def k8():
    return await None


try:
    run(k8())
except TypeError as e:
    print(e)


async def k9():
    async with object():
        pass


try:
    run(k9())
except TypeError as e:
    print(e)


async def reentrant():
    await inner_c


inner_c = None


class Pause:
    def __await__(self):
        yield "p"


async def pauser():
    await Pause()


async def reentrant2(co):
    await co


p = pauser()
r1 = reentrant2(p)
r1.send(None)
try:
    reentrant2(p).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def self_await():
    await me


me = self_await()
try:
    me.send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)


def yf():
    yield from cc


cc = c()
try:
    list(yf())
except TypeError as e:
    print(e)
cc.close()


async def agen_for():
    yield 1


for obj in [agen_for(), c()]:
    try:
        iter(obj)
    except TypeError as e:
        print(e)
    try:
        next(obj)
    except TypeError as e:
        print(e)
    if hasattr(obj, "close"):
        obj.close()
