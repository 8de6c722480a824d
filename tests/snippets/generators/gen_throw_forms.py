# throw(): exception classes, instances, (type, value), handling inside, and finished generators.
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", repr(e))
            yield "handled"

g = catcher()
next(g)
print(g.throw(ValueError))
next(g)
print(g.throw(ValueError("instance")))
next(g)
print(g.throw(ValueError, "with value"))
next(g)
print(g.throw(ValueError, ValueError("value instance")))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "exhausted"))
try:
    g.throw(IndexError("after close"))
except IndexError as e:
    print("raised at once", repr(e))
fresh = catcher()
try:
    fresh.throw(ValueError("not started"))
except ValueError as e:
    print("unstarted generator does not catch", repr(e))
for bad in (lambda: catcher().throw(1), lambda: catcher().throw(ValueError("x"), "y"),
            lambda: catcher().throw(str)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def tb_gen():
    yield 1
h = tb_gen()
next(h)
try:
    h.throw(RuntimeError("boom"))
except RuntimeError as e:
    print(e.__traceback__.tb_next is not None)
