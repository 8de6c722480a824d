# Generator-based awaitables: types.coroutine, __await__ returning iterators.
import types


def run(coro):
    got = []
    try:
        while True:
            got.append(coro.send(None))
    except StopIteration as e:
        return got, e.value


@types.coroutine
def sleep0(tag):
    value = yield ("sleep", tag)
    return ("slept", tag, value)


print(sleep0.__name__)
g = sleep0("t")
print(type(g).__name__)


async def main():
    a = await sleep0(1)
    b = await sleep0(2)
    return [a, b]


print(run(main()))


class IterAwaitable:
    def __init__(self, items):
        self.items = items

    def __await__(self):
        return iter(self.items)


async def uses_iter():
    return await IterAwaitable(["x", "y"])


print(run(uses_iter()))


class GenAwaitable:
    def __await__(self):
        x = yield "first"
        y = yield "second"
        return (x, y)


async def uses_gen():
    return await GenAwaitable()


print(run(uses_gen()))


class ReturnValueIter:
    """An iterator class whose StopIteration carries a value."""

    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("iter result")
        return self.n


class IterClassAwaitable:
    def __await__(self):
        return ReturnValueIter()


async def uses_iter_class():
    return await IterClassAwaitable()


print(run(uses_iter_class()))


# A types.coroutine generator can await coroutines via yield from
async def leaf():
    await sleep0("leaf")
    return "leaf value"


@types.coroutine
def bridge():
    r = yield from leaf()
    return "bridge got " + r


async def top():
    return await bridge()


print(run(top()))


# plain generators cannot be awaited
def plain():
    yield 1


async def await_plain():
    await plain()


try:
    run(await_plain())
except TypeError as e:
    print("TypeError:", e)


# coroutine.__await__ can be used with yield from in a types.coroutine generator
@types.coroutine
def via_await_method():
    return (yield from leaf().__await__())


async def top2():
    return await via_await_method()


print(run(top2()))
