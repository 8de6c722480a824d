# sum(): start values of various types, float accumulation, and refusing str/bytes starts
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5, 3j]), sum([], start=5), sum(iter(range(101))))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True]), type(sum([True, False])).__name__, sum([2**64, 2**64]))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([0.5, 1], 0.25), sum(range(5), 0.0), sum([1j, 2]))
class V:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return V(other + self.v) if isinstance(other, int) else NotImplemented
    def __add__(self, other):
        return V(self.v + (other.v if isinstance(other, V) else other))
print(sum([V(1), V(2)]).v, sum([V(1)], V(10)).v)
errs = [lambda: sum(['a', 'b'], ''), lambda: sum([b'a'], b''), lambda: sum([bytearray(b'a')], bytearray()), lambda: sum(['a', 'b']),
        lambda: sum([1, 'a']), lambda: sum(5), lambda: sum(), lambda: sum([1], 2, 3)]
for f in errs:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
