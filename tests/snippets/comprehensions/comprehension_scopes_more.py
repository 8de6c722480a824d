x = "outer"
print([x for x in range(3)], x)
print([y for y in range(3) for _ in range(1)])
try:
    y
except NameError as e:
    print(e)
class C:
    a = 5
    b = [a for _ in range(2)] if False else None
    try:
        c = [a for _ in range(2)]
    except NameError as e:
        c = str(e)
    d = [i * 2 for i in range(3)]
print(C.c, C.d)
def f():
    v = 10
    return [v + i for i in range(3)], {v: i for i in range(1)}, {v for _ in "ab"}, list(v for _ in "a")
print(f())
print([(i, j) for i in range(3) if i for j in range(i) if j % 2 == 0])
print([[j for j in range(i)] for i in range(4)])
gen = (i * i for i in range(4))
print(next(gen), list(gen), list(gen))
matrix = [[1, 2], [3, 4]]
print([n for row in matrix for n in row])
print({k: v for k, v in zip("abc", range(3)) if v})
print(sorted({c.upper() for c in "hello"}))
def lazy():
    it = iter([1, 2, 3])
    return (a + b for a in it for b in [10])
print(list(lazy()))
try:
    [1 for _ in 5]
except TypeError as e:
    print(e)
try:
    (1 for _ in 5)
except TypeError as e:
    print(e)
print(list(zip(*[iter(range(6))] * 2)))
