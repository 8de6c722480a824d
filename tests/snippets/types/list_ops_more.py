# list operators and methods: repetition, in-place ops, index ranges, insert/pop/remove and errors
a = [1, 2, 3]
print(a * 2, 2 * a, a * 0, a * -1, [[]] * 3, a + [4], a[:] is not a)
b = a; b += (4, 5); print(a, b is a)
b *= 2; print(a)
print(a.index(2), a.index(2, 2), a.index(5, -3), a.count(2), a.count('2'))
a.insert(-100, 0); a.insert(100, 9); a.insert(-1, 8); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(2); print(a)
c = [3, 1, 2]; c.reverse(); print(c, c.copy(), list(reversed(c)))
d = list(range(10)); d[2:5] = 'ab'; print(d)
d[::3] = [0, 0, 0, 0][:len(d[::3])]; print(d)
del d[1::2]; print(d)
d[len(d):] = [7]; d[:0] = [-1]; print(d)
errs = [lambda: a.index(42), lambda: a.index(1, 5), lambda: a.remove(42), lambda: [].pop(), lambda: a.pop(50), lambda: a.pop('x'),
        lambda: a[50], lambda: a.__setitem__(50, 1), lambda: a.__setitem__(slice(0, 10, 2), [1]), lambda: [1] + (2,), lambda: [1] * 1.5,
        lambda: a.__delitem__(99), lambda: a['x'], lambda: a.insert('x', 1), lambda: [1] < 'a', lambda: a.extend(5)]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
