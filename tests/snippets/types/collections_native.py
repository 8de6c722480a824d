# _collections: deque (maxlen, rotation, mutation during iteration) and defaultdict, and the collections module on top.
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft([9, 8])
print(d, d.count(1), d.index(2), 2 in d, list(reversed(d)))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.remove("a"); d.insert(1, "x"); print(d)
d[0] = "first"; del d[1]; print(d, d == deque(["first", 1, 2, 3, "b", 9]))
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); m.appendleft(-1); print(m)
print(deque("ab") + deque("cd"), deque("ab") * 2, bool(deque()), deque() == deque())
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
dd = deque([1, 2])
try:
    for x in dd:
        dd.append(3)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    hash(deque())
except TypeError as e:
    print("TypeError:", e)
dd.clear(); print(dd, deque("abc").copy())
g = defaultdict(list)
g["a"].append(1); g["a"].append(2); g["b"]
print(g, dict(g), g.default_factory, len(g))
c = defaultdict(int)
for ch in "hello world":
    c[ch] += 1
print(sorted(c.items())[:3], "z" in c, c["z"], "z" in c)
n = defaultdict()
try:
    n["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
print(defaultdict(list, {"k": [1]}, x=2), isinstance(g, dict), type(g).__name__)
cc = g.copy(); cc["c"].append(3); print(sorted(cc), sorted(g))
print(Counter("abracadabra").most_common(2), OrderedDict(a=1, b=2))
P = namedtuple("P", "x y")
print(P(1, 2), P(1, 2).x, P._fields)
