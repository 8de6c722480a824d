def src(tag, n):
    print("evaluating source", tag)
    return range(n)

g = (x * 2 for x in src("outer", 3) for y in src("inner", 2))
print("created")
print(list(g))

try:
    g2 = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
g3 = (x for x in [1] for y in 5)
print("inner not evaluated yet")
try:
    list(g3)
except TypeError as e:
    print(type(e).__name__, e)

class C:
    vals = [1, 2, 3]
    n = 10
    g = list(v for v in vals)
    try:
        h = list(v * n for v in vals)
    except NameError as e:
        err = str(e)
print(C.g, C.err)

data = [1, 2, 3]
g4 = (d for d in data)
data = [9, 9]
print(list(g4))
lst = [1, 2]
g5 = (v for v in lst)
lst.append(3)
print(list(g5))
k = 5
g6 = (k + v for v in range(2))
k = 100
print(list(g6))
print(sum(x for x in range(5)), max((x for x in "abc"), default=None))
g7 = (i for i in range(3))
print(list(g7), list(g7))
print(type(g7).__name__, g7.__name__)
