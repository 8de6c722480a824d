# async with / async for: protocol errors and exception suppression.
class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return self.suppress

async def use(suppress):
    async with CM(suppress) as cm:
        raise KeyError("inside")
    return "after block"

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print(run(use(True)))
print(run(use(False)))

class NoAexit:
    async def __aenter__(self):
        return 1
async def bad_with():
    async with NoAexit():
        pass
print(run(bad_with()))
class SyncOnly:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def sync_in_async():
    async with SyncOnly():
        pass
print(run(sync_in_async()))

class AiterNotAsync:
    def __aiter__(self):
        return 5
async def bad_for():
    async for x in AiterNotAsync():
        pass
print(run(bad_for()))
async def for_over_list():
    async for x in [1, 2]:
        pass
print(run(for_over_list()))

class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def total():
    s = 0
    async for v in Counter(4):
        s += v
    else:
        s += 100
    return s
print(run(total()))
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7
async def bad_anext():
    async for x in BadAnext():
        pass
print(run(bad_anext()))
