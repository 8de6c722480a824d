# except* by type and by tuple; naked exceptions are wrapped.
import sys


def show(e):
    if isinstance(e, BaseExceptionGroup):
        inner = ", ".join(show(x) for x in e.exceptions)
        return f"{type(e).__name__}({e.message!r}, [{inner}])"
    return repr(e)


try:
    raise ExceptionGroup("group", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("ValueErrors:", show(eg))
except* TypeError as eg:
    print("TypeErrors:", show(eg))

try:
    raise ExceptionGroup("group", [ValueError("a"), KeyError("b"), OSError("c")])
except* (ValueError, KeyError) as eg:
    print("tuple:", show(eg))
except* OSError:
    print("OSError clause without a name")

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapped:", show(eg), eg.__traceback__, sys.exception() is eg)
    print("leaf keeps its traceback:", eg.exceptions[0].__traceback__ is not None)

try:
    raise KeyboardInterrupt
except* KeyboardInterrupt as eg:
    print("base:", show(eg))

try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* Exception as eg:
    print("everything:", show(eg))

print("name cleared:", "eg" not in dir())


def f():
    try:
        raise ExceptionGroup("in function", [ValueError(1), ExceptionGroup("nested", [ValueError(2), TypeError(3)])])
    except* ValueError as e:
        print("f ValueError:", show(e))
    except* TypeError as e:
        print("f TypeError:", show(e))
    return "done"


print(f())
print(sys.exception())
