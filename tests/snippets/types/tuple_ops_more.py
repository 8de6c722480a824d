# tuple operators, methods, hashing and comparison semantics
t = (1, 'a', 2.5, (3, 4))
print(t + (5,), t * 2, 0 * t, t[1:3], t[::-1], t.index('a'), t.count(1), len(t), (3, 4) in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, 'a') == (1, 'a'), (float('nan'),) == (float('nan'),))
n = float('nan'); print((n,) == (n,), [n] == [n], n in (n,))
print(hash((1, 2)) == hash((1, 2)), hash(()) , hash((1,)), hash((1, 2, 3)), hash(((1, 2), 'x')) == hash(((1, 2), 'x')))
print(tuple('abc'), tuple(range(3)), tuple({'k': 1}), tuple(x * x for x in range(4)), tuple(()) is (), tuple((1, 2)))
a, *rest = t; print(a, rest)
print(t.index(2.5, 1), t.index(2.5, -2, 4), (1, 2, 1).count(1), max((3, 1, 2)), sorted((3, 1, 2)))
errs = [lambda: t.index('z'), lambda: t[10], lambda: t + [1], lambda: t * 'x', lambda: hash((1, [2])), lambda: t.__setitem__(0, 1),
        lambda: (1, 2) < (1, 'a'), lambda: t.index(1, 2), lambda: tuple(5), lambda: del_item(t)]
def del_item(x):
    del x[0]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
