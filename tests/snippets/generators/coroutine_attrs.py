# Attributes of coroutine objects while they run.


class Pause:
    def __await__(self):
        yield "paused"


async def inner():
    await Pause()
    return "inner"


async def observer():
    me = holder[0]
    print("inside: cr_running =", me.cr_running)
    return await inner()


holder = []
c = observer()
holder.append(c)
print(c.cr_running, c.cr_await, c.cr_code.co_name, c.cr_origin)
print(c.cr_code is observer.__code__)
print(bool(c.cr_code.co_flags & 0x80))
print(c.__name__, c.__qualname__)
print(c.send(None))
print(c.cr_running)
aw = c.cr_await
print(type(aw).__name__, aw.__qualname__)
print(type(aw.cr_await).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(c.cr_await, c.cr_running, c.cr_frame)



async def agen():
    yield 1


ag = agen()
print(type(ag).__name__, ag.ag_code is agen.__code__)


def check_flags(f):
    fl = f.__code__.co_flags
    return [name for bit, name in [(0x20, "GENERATOR"), (0x80, "COROUTINE"), (0x200, "ASYNC_GENERATOR")] if fl & bit]


print(check_flags(observer), check_flags(agen))


async def named():
    pass


n = named()
n.__name__ = "renamed"
n.__qualname__ = "q.renamed"
print(n.__name__, n.__qualname__)
n.close()
c.close()
