# An exception escaping a coroutine driven by send() ends the program with its traceback.
import types

@types.coroutine
def pause():
    yield "paused"

async def compute(x):
    await pause()
    return 10 / x

async def main():
    ok = await compute(5)
    print("first result", ok)
    return await compute(0)

coro = main()
while True:
    print("step", coro.send(None))
