a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {10}), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint({7, 8}), a.isdisjoint(b))
s = set()
s.add(5); s.add(5); s.add(1)
s.update([2, 3], {9})
print(s, len(s))
s.discard(100)
s.remove(9)
print(s, s.pop() in {1, 2, 3, 5}, len(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
c = a.copy()
c &= {1, 2}
print(c, a)
c |= {7}
c -= {1}
c ^= {2, 8}
print(c)
