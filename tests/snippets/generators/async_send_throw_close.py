# Driving coroutines by hand with send/throw/close.


class Step:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


async def worker():
    log = []
    try:
        while True:
            try:
                got = await Step("ready")
                log.append(got)
            except KeyError as e:
                log.append("keyerror " + str(e))
    finally:
        print("worker finally, log =", log)


c = worker()
print(c.send(None))
print(c.send(1))
print(c.send("two"))
print(c.throw(KeyError("k")))
print(c.throw(KeyError, KeyError("k2")))
print(c.close())
print(c.close())
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# sending non-None to a fresh coroutine
c2 = worker()
try:
    c2.send(5)
except TypeError as e:
    print("TypeError:", e)
c2.close()


async def returns():
    x = await Step("a")
    y = await Step("b")
    return x + y


c3 = returns()
print(c3.send(None))
print(c3.send(3))
try:
    c3.send(4)
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c3.throw(ValueError("late"))
except (ValueError, RuntimeError) as e:
    print("late throw:", type(e).__name__, e)

# throw into an unstarted coroutine
c4 = returns()
try:
    c4.throw(ValueError("early"))
except ValueError as e:
    print("early throw:", e)
try:
    c4.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


# close on a coroutine that ignores GeneratorExit
async def stubborn():
    while True:
        try:
            await Step("s")
        except GeneratorExit:
            print("ignoring GeneratorExit")


c5 = stubborn()
c5.send(None)
try:
    c5.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c5.throw(KeyError("finish"))
except KeyError as e:
    print("finished with KeyError", e)


# close returns normally when GeneratorExit propagates
async def polite():
    try:
        await Step("p")
    except GeneratorExit:
        print("got GeneratorExit")
        raise


c6 = polite()
c6.send(None)
print("close ->", c6.close())


# throw that is handled and returns
async def handler():
    try:
        await Step("h")
    except ZeroDivisionError:
        return "handled"


c7 = handler()
c7.send(None)
try:
    c7.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration", e.value)

# throw delegates through nested awaits
async def outer():
    try:
        return await handler()
    finally:
        print("outer finally")


c8 = outer()
print(c8.send(None))
try:
    c8.throw(ZeroDivisionError())
except StopIteration as e:
    print("nested StopIteration", e.value)

# __await__ on a coroutine returns a wrapper iterator
c9 = returns()
w = c9.__await__()
print(type(w).__name__)
print(next(w))
print(w.send(10))
try:
    w.send(20)
except StopIteration as e:
    print("wrapper StopIteration", e.value)
print(iter(w) is w)
