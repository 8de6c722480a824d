# every set method with multiple and non-set iterables, result types, in-place operators
s = {1, 2, 3, 4}
print(sorted(s.union([5], (6,), range(7, 9))), sorted(s.intersection([2, 3, 9], {3, 2})), sorted(s.difference([1], {2})), sorted(s.symmetric_difference([4, 5])))
print(s.issubset(range(10)), s.issuperset([1, 2]), s.isdisjoint('ab'), s.issubset([1, 2]), set().issubset([]), s.union(), s.intersection() == s)
t = set(s); t.update([10], {11}); print(sorted(t))
t.intersection_update(range(5), [1, 2, 3, 10]); print(sorted(t))
t.difference_update([1], (2,)); print(sorted(t))
t.symmetric_difference_update([3, 30]); print(sorted(t))
t.add(7); t.discard(99); t.discard(7); t.remove(30); print(sorted(t), t.copy() == t, t.copy() is not t)
u = {1, 2}; u |= {3}; u &= {1, 3, 5}; u -= {5}; u ^= {9}; print(sorted(u))
fs = frozenset([1, 2])
print(type(s | fs).__name__, type(fs | s).__name__, type(fs & s).__name__, type(fs.union([3])).__name__, type(s.copy()).__name__, type(fs.copy()).__name__)
print(sorted(s - fs), sorted(fs ^ {2, 5}), s > fs, fs < s, fs <= fs, {1, 2} == fs, fs == frozenset({2, 1}))
p = {3, 1, 2}; out = []
while p:
    out.append(p.pop())
print(sorted(out))
c = {1, 2}; c.clear(); print(c, len(c), set() == frozenset())
for f in [lambda: {1} | [2], lambda: {1} & 'a', lambda: {1} - (1,), lambda: {1}.remove(5), lambda: set().pop(), lambda: {[1]},
          lambda: {1}.add([]), lambda: {1} < [1], lambda: s.update(5), lambda: frozenset().add, lambda: {1}.issubset(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
