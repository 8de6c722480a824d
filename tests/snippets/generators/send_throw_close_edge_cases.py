def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    finally:
        print("finally runs")

g = gen()
try:
    g.send("early")
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))
print(g.send("A"))
g.close()
g.close()
try:
    next(g)
except StopIteration:
    print("exhausted after close")

g = gen()
try:
    g.throw(KeyError("before start"))
except KeyError as e:
    print("propagated", repr(e))
print(g.gi_frame is None)

def stubborn():
    while True:
        try:
            yield "x"
        except GeneratorExit:
            print("ignoring exit")
            yield "y"
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
c = catcher(); next(c)
print(c.throw(ValueError, "typed"))
print(c.throw(ValueError("inst")))
try:
    c.throw(TypeError("nope"))
except TypeError as e:
    print("escaped", e)
print(c.gi_frame is None)

def ret_in_close():
    try:
        yield 1
    except GeneratorExit:
        return "value ignored"
r = ret_in_close(); next(r)
print(r.close())
def unstarted():
    print("never")
    yield
u = unstarted()
u.close()
print("closed unstarted")
