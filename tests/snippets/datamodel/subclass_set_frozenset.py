# Subclassing set and frozenset.
class Tracked(set):
    def add(self, x):
        print("add", x)
        super().add(x)
t = Tracked([3, 1])
t.add(2)
t.update([9])                 # update bypasses add
print(sorted(t), type(t | {5}).__name__, type(t.copy()).__name__, type(t - {1}).__name__)
print(t == {1, 2, 3, 9}, isinstance(t, set), 9 in t)

class Frozen(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
    def __repr__(self):
        return "Frozen(" + ", ".join(map(repr, sorted(self))) + ")"
f = Frozen(3, 1, 2)
print(f, len(f), hash(f) == hash(frozenset({1, 2, 3})), {f: "v"}[frozenset({1, 2, 3})])
print(type(f | {4}).__name__, type(f & {1}).__name__, f.issubset({1, 2, 3, 4}), f == frozenset({1, 2, 3}))
empty1, empty2 = Frozen(), Frozen()
print(empty1 is empty2, frozenset() is frozenset(), len(empty1))
class CountingContains(frozenset):
    def __contains__(self, x):
        print("contains", x)
        return super().__contains__(x)
cc = CountingContains([1, 2])
print(1 in cc, 5 in cc, cc.issuperset([1]))
class Cmp(set):
    def __le__(self, other):
        return "custom le"
print(Cmp() <= set(), set() >= Cmp())
