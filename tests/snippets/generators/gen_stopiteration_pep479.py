# Return values travel in StopIteration.value; a StopIteration raised inside becomes RuntimeError.
def returns(v):
    yield 1
    return v

for v in (None, 0, "text", (1, 2), StopIteration("nested")):
    g = returns(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args)

def leaky():
    yield 1
    next(iter([]))      # StopIteration escaping from the body

try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__suppress_context__)

def explicit():
    yield 1
    raise StopIteration("explicit")
g = explicit()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

def subclass_stop():
    raise type("MyStop", (StopIteration,), {})()
    yield
try:
    next(subclass_stop())
except RuntimeError as e:
    print("subclass converted too:", type(e.__cause__).__name__)

def async_gen_unaffected():
    try:
        yield 1
    except StopIteration:
        yield "caught inside is fine"
g = async_gen_unaffected()
next(g)
print(g.throw(StopIteration))
print(list(x for x in returns(5)))
def wraps():
    r = yield from returns("inner value")
    yield r
print(list(wraps()))
