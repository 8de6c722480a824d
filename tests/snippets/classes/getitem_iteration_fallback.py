class Seq:
    def __init__(self, n): self.n = n; self.calls = []
    def __getitem__(self, i):
        self.calls.append(i)
        if i >= self.n:
            raise IndexError(i)
        return i * 10

s = Seq(3)
print(list(s), s.calls)
print(20 in Seq(3), 25 in Seq(3))
it = iter(Seq(2))
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print("stop")
a, b, c = Seq(3)
print(a, b, c)
print(sorted(Seq(4), reverse=True), max(Seq(5)))

class StopEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopEarly()))

class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print(type(e).__name__, e)

class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)

class Contains(Seq):
    def __contains__(self, x): return x == "magic"
print("magic" in Contains(0), 10 in Contains(5))
class IterOnly:
    def __iter__(self): return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly(), 5 not in IterOnly())
class ContainsTruthy:
    def __contains__(self, x): return [x]
print(1 in ContainsTruthy())
class ContainsEmpty:
    def __contains__(self, x): return ""
print(1 in ContainsEmpty(), 1 not in ContainsEmpty())
