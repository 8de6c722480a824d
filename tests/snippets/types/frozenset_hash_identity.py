# frozenset hashing is order independent and equal sets hash equal; frozenset as keys and members
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
print(a == b, hash(a) == hash(b), hash(frozenset()) == hash(frozenset([])), {a: 'x'}[b], a in {b}, {a, b} == {a})
print(hash(frozenset()), hash(frozenset([0])), hash(frozenset([1, 2])), hash(frozenset(range(10))))
print(frozenset(a) is a, frozenset() == set(), len({frozenset(), frozenset([])}))
s = {frozenset([1]), frozenset([1, 2])}
print(frozenset([1]) in s, {1} in s, sorted(len(x) for x in s))
class FS(frozenset):
    pass
f = FS([1, 2])
print(type(f).__name__, type(f | {3}).__name__, f == frozenset([1, 2]), hash(f) == hash(frozenset([1, 2])), type(FS(f)).__name__)
print(sorted(frozenset('hello')), frozenset('aa') == frozenset('a'), frozenset(range(3)).isdisjoint(range(3, 6)))
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
print(repr(frozenset()), repr(frozenset([1, 2])), repr(FS()), repr(set()))
