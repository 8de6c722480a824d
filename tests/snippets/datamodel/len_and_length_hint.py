# __len__ result checks and operator.length_hint with __length_hint__.
import operator
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(L(3)), bool(L(0)), bool(L(2)))
for n in (-1, "3", 2**70, 3.0):
    try:
        print(len(L(n)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
class BoolLen:
    def __len__(self): return True
print(len(BoolLen()))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)

class Hint:
    def __init__(self, h): self.h = h
    def __length_hint__(self): return self.h
print(operator.length_hint(Hint(7)), operator.length_hint(Hint(NotImplemented), 4))
print(operator.length_hint([1, 2]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(object(), 9))
print(operator.length_hint(L(5), 0), operator.length_hint(iter(range(10))))
it = iter([1, 2, 3])
next(it)
print(operator.length_hint(it))
for h in (-2,):
    try:
        operator.length_hint(Hint(h))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    operator.length_hint([], "default")
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __len__(self): return 2
    def __length_hint__(self): return 100
print(operator.length_hint(Both()))
