# slice.indices over many lengths, steps and extreme values; slice attributes, equality, hashing errors
cases = [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(None, -1, -2), slice(100, -100, -3), slice(-100, 100, 7),
         slice(5, 2), slice(0, 0), slice(10**20, None), slice(None, None, 10**20), slice(-(10**20), 10**20, -(10**20)), slice(True, 3)]
for s in cases:
    print(s, [s.indices(n) for n in (0, 1, 5, 10)])
print(slice(3), slice(1, 2), slice(1, 2, 3).start, slice(1, 2, 3).step, slice('a', 'b').stop, slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
print(range(10)[slice(2, 9, 3)], 'abcdefgh'[slice(-3, None)], [0, 1, 2][slice(None, None, -1)])
class I:
    def __index__(self):
        return 2
print(slice(I(), None).indices(5), [0, 1, 2, 3][I():], 'abcd'[:I()])
for f in [lambda: slice(1, 2, 0).indices(5), lambda: slice(1, 2).indices(-1), lambda: slice('a').indices(5), lambda: slice(1.5).indices(3),
          lambda: [1, 2][1.0:], lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(1).indices()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(hash(slice(1, 2)))
except TypeError as e:
    print(type(e).__name__, e)
