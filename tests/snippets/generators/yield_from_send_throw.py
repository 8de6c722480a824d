def inner():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError:
            print("inner caught ValueError")
            continue
        if v is None:
            return total
        total += v
def outer():
    result = yield from inner()
    print("inner done with", result)
    yield "outer-end"
g = outer()
print(next(g))
print(g.send(3))
print(g.send(4))
print(g.throw(ValueError))
print(g.send(None))
