# Rich comparisons: swapped reflection (< with >), subclass priority, == identity fallback.
class V:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"{self.n}.__lt__({getattr(o, 'n', o)})")
        return NotImplemented if not isinstance(o, V) else self.n < o.n
    def __gt__(self, o):
        print(f"{self.n}.__gt__({getattr(o, 'n', o)})")
        return NotImplemented if not isinstance(o, V) else self.n > o.n
    def __eq__(self, o):
        print(f"{self.n}.__eq__")
        return NotImplemented
    __hash__ = None

print(V(1) < V(2))
print(5 < V(3))        # int declines, V.__gt__ reflected
print(V(1) == V(1))    # both decline: identity
x = V(7)
print(x == x, x != V(7))
try:
    V(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) <= V(2)
except TypeError as e:
    print("TypeError:", e)

class W(V):
    def __gt__(self, o):
        print("W.__gt__ first")
        return True
print(V(1) < W(0))     # W is a subclass overriding the reflection: tried first

class Ne:
    def __eq__(self, o):
        return "custom-eq"
print(Ne() != Ne(), Ne() == 1)   # __ne__ inverts a non-bool __eq__ result's truth
class OnlyNe:
    def __ne__(self, o):
        return "ne result"
print(OnlyNe() != 1, OnlyNe() == 1)
print(sorted([V(3), V(1), V(2)], key=lambda v: v.n)[0].n)
try:
    sorted([V(3), 1])
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
print([V(1)] == [V(1)], (1, 2) < (1, 3))
