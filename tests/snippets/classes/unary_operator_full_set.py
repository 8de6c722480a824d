class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __neg__(self): return V(*(-x for x in self.c))
    def __pos__(self): return V(*(abs(x) for x in self.c))
    def __abs__(self): return sum(x * x for x in self.c) ** 0.5
    def __invert__(self): return V(*reversed(self.c))
    def __add__(self, o): return V(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o): return self + -o
    def __mul__(self, k): return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __round__(self, n=None): return V(*(round(x, n) for x in self.c))
    def __index__(self): return len(self.c)

v = V(3, -4)
print(-v, +v, abs(v), ~v)
print(--v, -+v, ~~v)
print(v - V(1, 1), 2 * v, v * 3)
print(round(V(1.26, 2.5)), round(V(1.26, 2.54), 1))
print([10, 20, 30][V(1, 2)], bin(V(1, 2, 3)), hex(V(*range(17))))
print(list(range(V(0, 0, 0))))
class NoOps: pass
for op, f in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("abs", abs)]:
    try:
        f(NoOps())
    except TypeError as e:
        print(op, type(e).__name__, e)
print(-True, +False, ~True, abs(-False))
