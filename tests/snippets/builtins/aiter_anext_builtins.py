# aiter() and anext() with async generators and custom async iterators, driven without an event loop
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('coroutine suspended')
async def agen():
    yield 1
    yield 2
class Counter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n * 10
async def main():
    out = []
    it = aiter(agen())
    out.append(await anext(it))
    out.append(await anext(it))
    out.append(await anext(it, 'done'))
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append('stop')
    c = Counter()
    out.append(aiter(c) is c)
    out.append(await anext(c))
    out.append([x async for x in aiter(Counter())])
    return out
print(run(main()))
for f in [lambda: aiter(5), lambda: anext(5), lambda: aiter([1]), lambda: anext(iter([1]))]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(type(anext(agen())).__name__ in ('async_generator_asend', 'coroutine', 'anext_awaitable'))
