# close(): GeneratorExit delivery, finally blocks, return values, and ignored GeneratorExit.
def tidy():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = tidy()
print(next(g))
print(g.close(), g.gi_frame)
g.close()
print("second close is a no-op")
unstarted = tidy()
unstarted.close()
print("closing an unstarted generator runs no finally")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")
x = raises_other()
next(x)
try:
    x.close()
except ValueError as e:
    print("ValueError:", e)

def catches_all():
    try:
        yield
    except BaseException as e:
        print("saw", type(e).__name__)
        raise
c = catches_all()
next(c)
c.close()
print("closed cleanly")
def gen_del():
    try:
        yield 1
    finally:
        print("finalised on collection")
d = gen_del()
next(d)
del d
print("after del")
