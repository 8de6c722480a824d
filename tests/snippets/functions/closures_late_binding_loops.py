fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

funcs = []
for n in range(3):
    def f():
        return n
    funcs.append(f)
n = 100
print([f() for f in funcs])

def make():
    out = []
    for k in range(3):
        def g(k=k):
            return k * 10
        out.append(g)
    return out
print([g() for g in make()])

def factory():
    res = []
    for k in range(3):
        def bind(v):
            return lambda: v
        res.append(bind(k))
    return res
print([r() for r in factory()])

def shared_cell():
    fns = []
    x = 0
    for _ in range(3):
        x += 1
        fns.append(lambda: x)
    x = "final"
    return [f() for f in fns]
print(shared_cell())

def while_closures():
    fs = []
    i = 0
    while i < 3:
        fs.append(lambda j=i: j + i)
        i += 1
    return [f() for f in fs]
print(while_closures())
gens = [(lambda: i) for i in "ab"]
print([g() for g in gens])
print(fs[0].__closure__ is None, funcs[0].__closure__ is None)
def cells():
    a = 1
    def inner(): return a
    a = 2
    return inner
c = cells()
print(c(), c.__closure__[0].cell_contents, c.__code__.co_freevars)
