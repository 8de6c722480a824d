# zip(strict=True) length checks, enumerate start values, and lazy consumption order
print(list(zip('ab', [1, 2], strict=True)), list(zip()), list(zip('abc')), list(zip('abc', range(2))))
for args in [('ab', 'abc'), ('abc', 'ab'), ('a', 'a', 'ab'), ('ab', 'ab', 'a'), ('', 'x')]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip([1, 2, 3], iter([4, 5]), strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
print(list(enumerate('ab', 10**20)), list(enumerate('ab', start=-1)), list(enumerate([], 5)), list(enumerate(range(3), True)))
e = enumerate('xyz')
print(next(e), list(e), list(e))
for f in [lambda: enumerate('a', 1.5), lambda: enumerate(5), lambda: zip(5), lambda: zip('a', strict=1, x=2), lambda: enumerate()]:
    try:
        print(list(f()))
    except TypeError as e:
        print(type(e).__name__, e)
seen = []
def gen(tag, n):
    for i in range(n):
        seen.append((tag, i))
        yield i
print(list(zip(gen('a', 3), gen('b', 2))), seen)
