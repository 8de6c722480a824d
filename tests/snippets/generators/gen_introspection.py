# gi_frame, gi_running, gi_code, gi_yieldfrom, gi_suspended and frame locals of generators.
import sys
def inner():
    yield "inner"
    return "inner done"

def outer():
    x = 10
    me = yield "start"
    print("running inside:", me.gi_running)
    result = yield from inner()
    yield result

g = outer()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.gi_yieldfrom, g.gi_suspended)
print(g.gi_frame.f_lineno == g.gi_code.co_firstlineno)
print(next(g), g.gi_frame.f_lineno - g.gi_code.co_firstlineno, g.gi_suspended)
print(g.send(g))
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_code.co_name)
print(next(g), g.gi_yieldfrom)
print(next(g, "end"), g.gi_frame, g.gi_running, g.gi_suspended)
print(g.__name__, g.__qualname__)
g.__name__ = "renamed"
print(g.__name__, repr(g).startswith("<generator object outer at"))
def lines():
    yield sys._getframe().f_lineno
    yield sys._getframe().f_code.co_name
l = lines()
print(next(l) - l.gi_code.co_firstlineno, next(l))
print(type(g.gi_code).__name__, g.gi_code.co_flags & 0x20 != 0)
