import sys
def show(tag):
    e = sys.exception()
    print(tag, type(e).__name__ if e else None, sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
show("start")
try:
    raise ValueError
except ValueError:
    show("in outer")
    try:
        raise KeyError
    except KeyError:
        show("in inner")
    show("back in outer")
show("after")
def gen():
    try:
        raise TypeError
    except TypeError:
        yield show("in gen")
        show("gen resumed")
g = gen()
next(g)
show("outside gen")
try:
    raise IndexError
except IndexError:
    next(g, None)
    show("after gen in handler")
def f():
    try:
        raise OSError
    except OSError:
        return sys.exc_info()[0].__name__
print(f())
show("end")
try:
    try:
        raise ValueError("a")
    finally:
        show("in finally")
except ValueError:
    pass
