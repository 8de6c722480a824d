def gen(n):
    yield n
    x = yield from range(n)
    return x
