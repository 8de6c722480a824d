def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("exhausted after close")
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = catches_exit()
next(c)
c.close()
def never_started():
    try:
        yield 1
    finally:
        print("never printed")
never_started().close()
print("done")
