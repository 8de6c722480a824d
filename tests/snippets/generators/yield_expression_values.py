def g():
    x = yield 1
    print("x =", x)
    y = yield x * 2 if x else 0
    print("y =", y)
    z = (yield) or "default"
    print("z =", z)
gen = g()
print(next(gen))
print(gen.send(5))
print(gen.send("why"))
try:
    gen.send(None)
except StopIteration:
    print("stopped")
