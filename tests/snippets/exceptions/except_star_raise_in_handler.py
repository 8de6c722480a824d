# Exceptions raised inside except* clauses are combined with the unhandled rest.
def show(e):
    if isinstance(e, BaseExceptionGroup):
        inner = ", ".join(show(x) for x in e.exceptions)
        return f"{type(e).__name__}({e.message!r}, [{inner}])"
    return repr(e)


def attempt(body):
    try:
        body()
    except BaseException as e:
        print("->", show(e))
        return e


def one_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from V")
    except* TypeError:
        pass


def raise_and_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("from V")
    except* TypeError:
        raise


def two_raises():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from V")
    except* TypeError:
        raise OSError("from T")


def raise_base():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyboardInterrupt


def naked_raise_other():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")


def raise_group_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("new", [TypeError(2)])


attempt(one_raise)
e = attempt(raise_and_rest)
print("context of the raised one:", show(e.exceptions[0].__context__))
e = attempt(two_raises)
print([show(x.__context__) for x in e.exceptions])
attempt(raise_base)
e = attempt(naked_raise_other)
print("context:", show(e.__context__))
attempt(raise_group_in_handler)


# A handler that raises and then catches internally does not count.
def handled_inside():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        try:
            raise TypeError("inner")
        except TypeError as t:
            print("caught inside the handler:", t)
    return "ok"


print(handled_inside())
