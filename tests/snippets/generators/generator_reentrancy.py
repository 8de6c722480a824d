def gen():
    yield next(me)
me = gen()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
g = (x for x in range(3))
print(iter(g) is g, list(g), list(g))
