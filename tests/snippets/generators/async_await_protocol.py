# The await protocol: __await__ iterators, awaiting non-awaitables, and coroutine reuse.
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print("suspending for", self.value)
        got = yield ("request", self.value)
        return (self.value, got)

async def main():
    a = await Ready(1)
    b = await Ready(2)
    return [a, b]

coro = main()
print(coro.send(None))
print(coro.send("reply1"))
try:
    coro.send("reply2")
except StopIteration as e:
    print("result:", e.value)

async def await_int():
    await 5
try:
    await_int().send(None)
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 42
async def await_bad():
    await BadAwait()
try:
    await_bad().send(None)
except TypeError as e:
    print("TypeError:", e)

class GenAwait:
    def __await__(self):
        return iter([])          # an iterator is fine; it finishes at once
async def await_empty():
    return await GenAwait()
try:
    await_empty().send(None)
except StopIteration as e:
    print("empty iterator result:", e.value)

async def simple():
    return "done"
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def awaits_twice(inner):
    return await inner
inner = simple()
outer = awaits_twice(inner)
try:
    outer.send(None)
except StopIteration as e:
    print("first await:", e.value)
try:
    awaits_twice(inner).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
def plain_gen():
    yield
async def await_gen():
    await plain_gen()
try:
    await_gen().send(None)
except TypeError as e:
    print("TypeError:", e)
