a, *b = range(5)
print(a, b)
*c, d = "hello"
print(c, d)
e, *f, g = [1, 2]
print(e, f, g)
print([*range(3), *"ab", *{1: 2}])
print((*[1, 2], 3))
print({*[1, 1, 2], 3} == {1, 2, 3})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def h(*args, **kw):
    return args, sorted(kw.items())
print(h(*[1, 2], 3, *(4,), x=1, **{"y": 2}, **{"z": 3}))
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
[p, *q], r = [1, 2, 3], 4
print(p, q, r)
print(*[1, 2, 3], sep="-")
t = 1, *[2, 3]
print(t)
def ret():
    return 0, *[1, 2]
print(ret())
def gen():
    yield 1, *[2]
print(list(gen()))
try:
    a, *b, c = [1]
except ValueError as err:
    print(err)
try:
    exec("*a = [1, 2]")
except SyntaxError as err:
    print(err)
try:
    exec("a, *b, *c = range(5)")
except SyntaxError as err:
    print(err)
try:
    h(**{"x": 1}, **{"x": 2})
except TypeError as err:
    print(err)
try:
    h(*5)
except TypeError as err:
    print(err)
try:
    h(**[1])
except TypeError as err:
    print(err)
