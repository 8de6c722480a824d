# An exception raised deep inside a yield from chain propagates with every frame in the traceback.
def level3():
    yield "level3"
    raise LookupError("deep failure")

def level2():
    result = yield from level3()
    return result

def level1():
    yield from level2()

g = level1()
print(next(g))
next(g)
