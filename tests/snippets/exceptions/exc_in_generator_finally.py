def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g))
g.close()
print(g.gi_frame)
def gen2():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = gen2()
next(g)
g.close()
def gen3():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = gen3()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
def gen4():
    yield 1
    raise StopIteration("x")
try:
    list(gen4())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
def gen5():
    try:
        yield
    finally:
        raise KeyError("in finally")
g = gen5()
next(g)
try:
    g.close()
except KeyError as e:
    print("KeyError", e)
def gen6():
    x = yield 1
    print("received", x)
    try:
        yield 2
    except ValueError as e:
        print("thrown", e)
        yield 3
g = gen6()
print(next(g), g.send("hi"), g.throw(ValueError("v")))
try:
    g.throw(TypeError, "as type")
except TypeError as e:
    print("propagated", e)
