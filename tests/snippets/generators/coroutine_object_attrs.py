# Coroutine objects: cr_* attributes, repr parts, close/throw, and the awaitable check.
import types
async def child():
    await types.coroutine(lambda: (yield "child-yield"))()
    return "child"

async def parent():
    r = await child()
    return r

p = parent()
print(p.cr_running, p.cr_await, p.cr_frame is not None, p.cr_code.co_name, p.cr_suspended)
print(p.send(None))
print(type(p.cr_await).__name__, p.cr_await.cr_code.co_name, p.cr_suspended)
try:
    p.send(None)
except StopIteration as e:
    print("done:", e.value, p.cr_frame, p.cr_await)
print(p.__name__, p.__qualname__, repr(p).startswith("<coroutine object parent at"))
print(hasattr(p, "__next__"), hasattr(p, "__iter__"), hasattr(p, "__await__"))
try:
    iter(parent())
except TypeError as e:
    print("TypeError:", e)
c = parent()
w = c.__await__()
print(type(w).__name__, next(w))
try:
    next(w)
except StopIteration as e:
    print("via wrapper:", e.value)
c2 = parent()
c2.send(None)
try:
    c2.throw(ValueError("thrown"))
except ValueError as e:
    print("ValueError:", e)
print(c2.cr_frame)
c3 = parent()
c3.close()
try:
    c3.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(parent.__code__.co_flags & 0x80 != 0, types.CoroutineType is type(c3))
