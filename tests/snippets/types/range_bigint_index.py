# range with big bounds: length, indexing, slicing, index/count, containment, equality and hashing
r = range(0, 10**30, 7)
print(r[5], r[-1], r[10**20], len(range(0, 10**18, 3)), r.index(700), r.count(700), r.count(701), 10**29 // 7 * 7 in r)
print(r[10:20:3], r[::-1][:3], r[::2], r[-5:], range(10)[::-3], range(10, 0, -2)[1:], range(5)[10:], range(5)[-10:2])
print(list(range(10)[2:8:2]), range(0, 10, 3)[::-1], list(range(0, 10, 3)[::-1]))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2, 10) == range(1, 100, 200), range(3) != range(4), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)), hash(range(3)) == hash(range(0, 3)))
print(r.start, r.stop, r.step, range(5).start, range(2, 5).step, repr(range(1, 10, 2)), repr(range(3)), repr(range(-1, -5, -1)))
print(3.0 in range(5), 3.5 in range(5), True in range(2), 'a' in range(2) if False else 'skip', range(5).index(True))
print(list(reversed(range(1, 10, 4))), list(reversed(range(0))), sum(range(10**6)), max(range(-3, 3)), bool(range(0)), bool(range(1)))
big = range(-(10**20), 10**20, 10**19)
print(len(big), big[0], big[-1], big.index(0), list(big[9:12]))
errs = [lambda: len(range(10**20)), lambda: range(5)[5], lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(5).index(7),
        lambda: range(10**20)[10**20], lambda: range('a'), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(5)['x']]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
