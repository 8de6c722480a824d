print(set(), set([3, 1, 2]), set(range(5)), set((1, 1, 2)))
print(frozenset(), frozenset([5, 5, 6]), frozenset(range(3)) == {0, 1, 2})
print(sorted(set("hello")), len(set("hello")))
fs = frozenset([1, 2])
print(hash(fs) == hash(frozenset([2, 1])), {fs: "ok"}[frozenset([2, 1])])
try:
    set([[1]])
except TypeError as e:
    print("TypeError:", e)
print(repr(set()), repr(frozenset()), repr(frozenset({7})))
