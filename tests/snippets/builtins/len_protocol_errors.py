# len() requires __len__ returning a non-negative int that fits in an index
class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
class IntLike:
    def __index__(self):
        return 4
print(len(L(3)), len(L(True)), len(L(IntLike())), len([1, 2]), len('日本'), len(b'ab'), len(range(0, 10, 3)), len({1: 2}), len(frozenset()))
for v in [-1, 2**63, 1.5, '3', None, -(2**70)]:
    try:
        print(len(L(v)))
    except Exception as e:
        print(type(e).__name__, e)
for v in [5, 1.5, None, iter([])]:
    try:
        print(len(v))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
print(bool(L(0)), bool(L(2)))
try:
    bool(L(-1))
except ValueError as e:
    print(type(e).__name__, e)
