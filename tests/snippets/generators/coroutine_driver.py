# A tiny event loop driving coroutines with send(): cooperative scheduling by hand.
import types

@types.coroutine
def sleep(ticks):
    yield ("sleep", ticks)

@types.coroutine
def get_name():
    name = yield ("name",)
    return name

async def worker(label, n):
    me = await get_name()
    for i in range(n):
        print(f"{label} step {i} (task {me})")
        await sleep(1)
    return f"{label} finished"

def run(*coros):
    ready = [(c, None) for c in coros]
    results = {}
    tick = 0
    while ready:
        coro, value = ready.pop(0)
        try:
            request = coro.send(value)
        except StopIteration as e:
            results[coro.__name__ + str(len(results))] = e.value
            continue
        if request[0] == "name":
            ready.append((coro, coro.__qualname__))
        else:
            tick += request[1]
            ready.append((coro, None))
    return tick, results

print(run(worker("A", 2), worker("B", 3)))

async def failing():
    await sleep(1)
    raise ValueError("inside coroutine")
c = failing()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("ValueError:", e)
c2 = failing()
c2.send(None)
try:
    c2.throw(KeyError("injected"))
except KeyError as e:
    print("KeyError:", e)
c3 = failing()
c3.send(None)
print(c3.close(), c3.cr_frame)
