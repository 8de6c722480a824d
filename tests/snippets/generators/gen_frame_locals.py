# Frame objects of suspended generators and coroutines expose their current locals.
import sys, types

def counter(limit):
    total = 0
    for i in range(limit):
        total += i
        yield i
    done = True
    yield "end"

g = counter(3)
print(g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_locals)
next(g)
next(g)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
print(sorted(g.gi_frame.f_locals), g.gi_frame.f_code.co_name)
print(next(g, None), g.gi_frame)

def closure_gen():
    outer_val = "captured"
    def inner():
        return outer_val
    yield inner
c = closure_gen()
next(c)
print(sorted(c.gi_frame.f_locals))

@types.coroutine
def pause():
    yield

async def task(name):
    step = 1
    await pause()
    step = 2
    await pause()

t = task("t1")
t.send(None)
print(t.cr_frame.f_locals)
t.send(None)
print(t.cr_frame.f_locals["step"])
t.close()

def show_locals(a, b=2, *args, **kw):
    local = a + b
    return sys._getframe().f_locals
print(show_locals(1, 5, 6, k=7))
