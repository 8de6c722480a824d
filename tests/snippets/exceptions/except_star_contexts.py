import sys
async def co():
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("async V", e.exceptions)
    except* TypeError as e:
        print("async T", e.exceptions, sys.exc_info()[0].__name__)
c = co()
try:
    c.send(None)
except StopIteration:
    print("coroutine done")
def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield sys.exception()
        yield "after yield"
    except* TypeError as e:
        yield "T"
print([repr(x) for x in gen()])
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("in V", repr(sys.exception()))
        try:
            raise KeyError(3)
        except KeyError:
            print("inner", repr(sys.exception()), repr(sys.exception().__context__))
        print("back", repr(sys.exception()))
    except* int:
        pass
except TypeError as t:
    print(t, repr(t.__context__))
print(repr(sys.exception()))
eg = ExceptionGroup("eg", [ValueError(1)])
for i in range(5):
    eg = ExceptionGroup(f"l{i}", [eg, TypeError(i)])
print(repr(eg.subgroup(ValueError)))
try:
    raise ExceptionGroup("tb", [ValueError(1), ExceptionGroup("x", [TypeError(2)])]) from KeyError("c")
except ExceptionGroup as e:
    print(repr(e), repr(e.__cause__))
x = 0
def counter():
    global x
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as x:
        pass
    return "x" in globals()
print(counter())
def closure():
    e = None
    def inner():
        return e
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        print("closure sees", repr(inner()))
    try:
        inner()
    except NameError as ne:
        print("NameError:", ne)
closure()
