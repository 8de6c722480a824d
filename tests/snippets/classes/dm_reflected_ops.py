# Reflected operators, NotImplemented fallbacks, subclass priority, in-place fallbacks.
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __lt__(self, o):
        return NotImplemented
    def __gt__(self, o):
        print("gt called")
        return self.x > (o.x if isinstance(o, V) else o)
class W(V):
    def __radd__(self, o):
        print("W.radd first")
        return W(99)
print(V(1) + V(2), V(1) + 5, 5 + V(1))
print(V(1) + W(2))
v = V(1)
v += 10
print(v)
print(3 < V(1), V(5) < 3)
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - V(1)
except TypeError as e:
    print("TypeError:", e)
class L(list):
    def __iadd__(self, o):
        print("iadd")
        return NotImplemented
l = L([1])
l += [2]
print(l, type(l).__name__)
