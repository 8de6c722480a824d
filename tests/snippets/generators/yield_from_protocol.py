# yield from forwards send/throw/close to the subgenerator and returns its value.
def sub():
    try:
        while True:
            x = yield
            print("sub got", x)
            if x == "stop":
                return "sub result"
    except KeyError as e:
        print("sub handled", repr(e))
        yield "after KeyError"
    finally:
        print("sub finally")

def delegator():
    r = yield from sub()
    print("delegator got", r)
    yield "delegator continues"

d = delegator()
next(d)
d.send(1)
print(d.send("stop"))
d2 = delegator()
next(d2)
print(d2.throw(KeyError("k")))
d3 = delegator()
next(d3)
d3.close()
print("d3 closed")

class Iter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("iter result")
        return self.i
def over_iter():
    r = yield from Iter()
    yield r
print(list(over_iter()))
g = over_iter()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)

class WithThrow(Iter):
    def throw(self, *a):
        print("WithThrow.throw", a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__)
        return "from throw"
    def close(self):
        print("WithThrow.close")
def over_throw():
    yield from WithThrow()
t = over_throw()
next(t)
print(t.throw(ValueError))
t.close()
def yf_none():
    yield from None
try:
    next(yf_none())
except TypeError as e:
    print("TypeError:", e)
