def show(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(show(x) for x in e.exceptions)}])"
    return repr(e)
def attempt(f):
    try:
        f()
        print(f.__name__, "nothing")
    except BaseException as e:
        print(f.__name__, show(e), repr(e.__cause__), e.__suppress_context__)
def a():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise ExceptionGroup("wrap", [e.exceptions[0]])
def b():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e from None
def c():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from KeyError("k")
    except* ValueError as e:
        raise
def d():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from KeyError("k")
    except* ValueError as e:
        pass
def e_():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        raise e.subgroup(lambda x: x.args[0] == 1)
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise
        except* ValueError:
            raise
def g():
    for i in range(2):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            def inner():
                return i
            print("inner", inner())
def h():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        del e
    except* TypeError as e:
        e = 5
def i():
    try:
        raise BaseExceptionGroup("beg", [SystemExit(3), ValueError(1)])
    except* SystemExit as e:
        print("sys exit caught", show(e))
for fn in [a, b, c, d, e_, f, g, h, i]:
    attempt(fn)
