# Random lists, sets, dicts (views), tuples, slices and bytes through their operations: outputs from CPython (fixed seed)
import random
random.seed(9)
for _ in range(600):
    a = [random.randint(0, 5) for _ in range(random.randint(0, 6))]
    b = [random.randint(0, 5) for _ in range(random.randint(0, 6))]
    op = random.choice(['list', 'set', 'dict', 'tuple', 'slice', 'bytes'])
    try:
        if op == 'list':
            l = list(a); i = random.randint(-8, 8); j = random.randint(-8, 8); k = random.choice([None, 1, -1, 2, -2, 3])
            l[i:j:k] = b[:len(range(*slice(i, j, k).indices(len(l))))] if k not in (None, 1) else b
            r = (l, l.index(b[0]) if b and b[0] in l else -1, sorted(l, reverse=True), l * 2 == l + l)
        elif op == 'set':
            s, t = set(a), set(b)
            r = (sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t), s <= t, s.isdisjoint(t), sorted(s.symmetric_difference(b)))
        elif op == 'dict':
            d = dict(zip(a, b)); e = dict(zip(b, a))
            r = (d, d | e, list(d.keys() & e.keys()), list(d.items() - e.items()), {**d, **e}, d == e)
        elif op == 'tuple':
            t = tuple(a); r = (t[::-1], t.count(1), t < tuple(b), hash(t) == hash(tuple(a)), t[1:3])
        elif op == 'slice':
            sl = slice(random.randint(-9, 9), random.randint(-9, 9), random.choice([None, 1, -1, 2, -3]))
            r = (a[sl], sl.indices(len(a)), range(len(a))[sl])
        else:
            by = bytes(a); r = (by.hex(), by.split(b'\x01'), by.replace(b'\x02', b'zz'), by.find(bytes(b[:1])), bytearray(by) + bytes(b))
        print(op, a, b, r)
    except Exception as e:
        print(op, a, b, type(e).__name__, e)
