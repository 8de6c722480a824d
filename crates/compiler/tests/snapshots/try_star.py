def f():
    try:
        g()
    except* ValueError as e:
        h(e)
    except* TypeError:
        k()
    else:
        m()
    finally:
        n()


def plain():
    try:
        g()
    except* (KeyError, IndexError):
        k()
