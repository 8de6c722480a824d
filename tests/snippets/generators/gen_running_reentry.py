# A generator cannot be re-entered while it runs.
def selfish():
    yield next(me)

me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def sender():
    x = yield
    me2.send(x)
    yield
me2 = sender()
next(me2)
try:
    me2.send(1)
except ValueError as e:
    print("ValueError:", e)

def thrower():
    try:
        yield
    except KeyError:
        me3.throw(KeyError)
me3 = thrower()
next(me3)
try:
    me3.throw(KeyError)
except ValueError as e:
    print("ValueError:", e)

def closer():
    yield me4.close()
me4 = closer()
try:
    next(me4)
except ValueError as e:
    print("ValueError:", e)
print(me4.gi_running)
def running_flag():
    yield g.gi_running
g = running_flag()
print(next(g))
