# sys.exc_info() and sys.exception() inside and outside handlers, nested handlers and after handling
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError('outer')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v, tb.tb_lineno)
    try:
        raise KeyError('inner')
    except KeyError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print(sys.exc_info()[0].__name__, sys.exception())
print(sys.exc_info(), sys.exception())
def f():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    print(f().__name__)
def gen():
    try:
        raise TypeError('in gen')
    except TypeError:
        yield sys.exception()
g = gen()
print(repr(next(g)), sys.exception())
try:
    raise OSError(2, 'No such file')
except OSError:
    e = sys.exception()
    print(type(e).__name__, e.errno, e.strerror)
