# FOR_ITER over generators: values, return values, nesting, errors and their tracebacks,
# self-iteration, recursion, close/throw after partial iteration, exception context.
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


print([v for v in count(5)], sum(v for v in count(100)))
for a in count(3):
    for b in count(a):
        print(a, b, end="; ")
print()

g = count(10)
for v in g:
    if v == 3:
        break
print(next(g), list(g), g.gi_running)


def delegating():
    r = yield from count(3)
    print("returned", r)
    yield r


print(list(delegating()))


def boom(n):
    yield 1
    if n:
        raise ValueError("boom %d" % n)
    yield 2


try:
    for x in boom(7):
        print("got", x)
except ValueError as e:
    print("caught", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)


def self_iter():
    for v in me:
        yield v


me = self_iter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def nested(depth):
    if depth:
        for v in nested(depth - 1):
            yield v + 1
    else:
        yield 0


print(list(nested(50)))
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
try:
    list(nested(500))
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(old)
print(list(nested(20)))


def stopper():
    yield 1
    raise StopIteration("inside")


try:
    for v in stopper():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def with_finally(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")


log = []
for v in with_finally(log):
    break
print(log)
gen = with_finally(log)
for v in gen:
    break
gen.close()
print(log)


def handler_gen():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


print(list(handler_gen()))
try:
    raise IndexError("outer")
except IndexError:
    for name in handler_gen():
        print(name, sys.exc_info()[0].__name__)


def thrower():
    for v in count(5):
        try:
            yield v
        except TypeError as e:
            print("thrown in", v, e)


t = thrower()
for v in t:
    if v == 2:
        print(t.throw(TypeError("x")))
        break
print(list(t))


def frames():
    f = sys._getframe()
    yield f.f_code.co_name
    yield sys._getframe(1).f_code.co_name


for name in frames():
    print(name)


def bad_inner():
    yield 1
    1 / 0


def bad_outer():
    for v in bad_inner():
        yield v


for v in bad_outer():
    print(v)
