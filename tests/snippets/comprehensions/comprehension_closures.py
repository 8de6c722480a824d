fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
gens = [(j * k for k in range(2)) for j in range(3)]
print([list(g) for g in gens])
def outer():
    n = 10
    return [(lambda: n + i)() for i in range(3)]
print(outer())
