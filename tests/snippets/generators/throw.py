def gen():
    while True:
        try:
            x = yield
            print("received", x)
        except ValueError as e:
            print("caught", e)
            yield "recovered"
g = gen()
next(g)
g.send(1)
print(g.throw(ValueError("bad")))
next(g)
g.send(2)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
def simple():
    yield 1
s = simple()
try:
    s.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("RuntimeError:", e)
