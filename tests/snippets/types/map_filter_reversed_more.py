# map with several iterables, filter(None), reversed over sequences and __reversed__, and errors
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda *a: a, 'ab', 'xyz', [1, 2, 3])), list(map(str.upper, ['a'])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(7))), list(filter(str.isdigit, 'a1b2')))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), ''.join(reversed('abc')), list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class Rev:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(Seq())), list(reversed(Rev())), list(Seq()))
r = reversed([1, 2, 3])
print(next(r), r.__length_hint__(), list(r), r.__length_hint__())
m = map(int, ['1', 'x', '3'])
print(next(m))
try:
    next(m)
except ValueError as e:
    print(type(e).__name__, e)
print(next(m))
for f in [lambda: reversed(5), lambda: reversed({1, 2}), lambda: reversed(iter([1])), lambda: map(None), lambda: filter(), lambda: map(), lambda: list(map(5, [1]))]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
