from collections import Counter, OrderedDict, defaultdict, deque, namedtuple, ChainMap
c = Counter("mississippi")
print(c.most_common(3), c["s"], c["z"], sorted(c.elements())[:5])
c.update("sip")
c.subtract({"i": 2})
print(sorted(c.items()), c.total())
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5), Counter(a=2) & Counter(a=1, b=1), Counter(a=1) | Counter(a=3))
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
od["d"] = 4
print(list(od), od.popitem(last=False), od)
dd = defaultdict(lambda: "missing")
dd["x"] = "present"
print(dd["x"], dd["y"], sorted(dd))
dq = deque(range(5), maxlen=5)
dq.append(5); dq.appendleft(-1); dq.rotate(2)
print(dq, dq.maxlen, dq.count(3), dq[1])
dq.extendleft([10, 11])
print(list(dq), dq.pop(), dq.popleft())
P = namedtuple("P", ["x", "y"], defaults=[0])
p = P(1)
print(p, p._asdict(), p._replace(y=5), P._fields, P._field_defaults, p.x + p[1])
print(P._make([3, 4]), tuple(p), len(p), isinstance(p, tuple))
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps[1])
cm2 = cm.new_child({"c": 4})
cm2["a"] = 9
print(dict(cm2), cm["a"], cm2.parents["a"])
