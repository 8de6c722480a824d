# The aiter() and anext() builtins.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


async def agen():
    yield "a"
    await Tick()
    yield "b"


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    it = aiter(agen())
    print(type(it).__name__)
    print(await anext(it))
    print(await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    it2 = agen()
    print(await anext(it2, "default"))
    print(await anext(it2, "default"))
    print(await anext(it2, "default"))
    print(await anext(it2, "default"))
    c = Counter(2)
    print(aiter(c) is c)
    print(await anext(c), await anext(c), await anext(c, "done"))
    try:
        await anext(c)
    except StopAsyncIteration:
        print("StopAsyncIteration from class")
    return "ok"


print(run(main()))

for bad in [1, "s", [1]]:
    try:
        aiter(bad)
    except TypeError as e:
        print("aiter:", e)
    try:
        anext(bad)
    except TypeError as e:
        print("anext:", e)
for call in [lambda: aiter(), lambda: anext(), lambda: aiter(agen(), 1)]:
    try:
        call()
    except TypeError as e:
        print("args:", e)


class BadAiter:
    def __aiter__(self):
        return 5


try:
    aiter(BadAiter())
except TypeError as e:
    print("aiter:", e)

aw = anext(agen(), None)
print(type(aw).__name__)
