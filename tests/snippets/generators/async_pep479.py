# StopIteration / StopAsyncIteration escaping coroutines (PEP 479).


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return ("returned", e.value)


async def raises_stop():
    raise StopIteration("inside")


try:
    run(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), e.__suppress_context__)


async def raises_stop_sub():
    class MyStop(StopIteration):
        pass

    raise MyStop(1)


try:
    run(raises_stop_sub())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


async def raises_stop_async():
    raise StopAsyncIteration("sai")


try:
    run(raises_stop_async())
except StopAsyncIteration as e:
    print("StopAsyncIteration passes through a coroutine:", e)


async def catches_stop():
    try:
        raise StopIteration(5)
    except StopIteration as e:
        return ("caught", e.value)


print(run(catches_stop()))


def gen_raising():
    yield 1
    raise StopIteration("g")


async def uses_next():
    it = iter([1])
    next(it)
    return next(it)


try:
    run(uses_next())
except RuntimeError as e:
    print("RuntimeError:", e)


async def returns_value():
    return StopIteration("value, not raised")


print(run(returns_value()))
