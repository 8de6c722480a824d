class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v

print(OnlyEq.__hash__ is None)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq(1): 1}
except TypeError as e:
    print(type(e).__name__, e)

class EqHash(OnlyEq):
    def __hash__(self): return hash(self.v)
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s))

class Child(EqHash):
    def __eq__(self, other): return False
print(Child.__hash__ is None)

class KeepHash(EqHash):
    def __eq__(self, other): return True
    __hash__ = EqHash.__hash__
print(hash(KeepHash(7)) == hash(7))

class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print(type(e).__name__, e)

class Plain: pass
p = Plain()
print(p == p, p != p, hash(p) == hash(p))
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
class Counting:
    calls = 0
    def __hash__(self):
        Counting.calls += 1
        return 1
    def __eq__(self, o):
        return self is o
c = Counting()
d = {c: 1}
d[c]; c in d
print(Counting.calls)
