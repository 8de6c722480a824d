# else and finally with except*; except* inside loops and functions.
def run(exc):
    log = []
    try:
        try:
            log.append("body")
            if exc is not None:
                raise exc
        except* ValueError:
            log.append("V")
        except* TypeError:
            log.append("T")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except BaseException as e:
        log.append("escaped " + type(e).__name__)
    print(log)


run(None)
run(ValueError(1))
run(ExceptionGroup("eg", [ValueError(1), TypeError(2)]))
run(ExceptionGroup("eg", [ValueError(1), KeyError(2)]))
run(KeyError(3))


def finally_returns():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled V")
    finally:
        return "finally swallowed the rest"


print(finally_returns())


def loop():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ExceptionGroup("odd", [ValueError(i)])
            out.append(i)
        except* ValueError as e:
            out.append(-e.exceptions[0].args[0])
        else:
            out.append("else")
        finally:
            out.append("f")
    return out


print(loop())


def gen():
    for i in range(3):
        try:
            yield i
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            yield "caught " + str(e.exceptions[0])


print(list(gen()))


def nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
        except* ValueError:
            try:
                raise ExceptionGroup("inner", [KeyError(3), OSError(4)])
            except* KeyError as k:
                print("inner handled", k.exceptions)
    except* OSError as o:
        print("outer saw OSError", o.exceptions)
    except* TypeError as t:
        print("outer saw TypeError", t.exceptions)


nested()
