# Assigning and deleting dunders on a class after creation updates behaviour, also for subclasses.
class Num:
    def __init__(self, v): self.v = v
class Sub(Num):
    pass
a, b = Sub(2), Sub(3)
try:
    a * b
except TypeError as e:
    print("TypeError:", e)
Num.__mul__ = lambda self, o: Num(self.v * o.v)
print((a * b).v)
Num.__repr__ = lambda self: f"Num({self.v})"
print(repr(a), str(a), [a])
Num.__eq__ = lambda self, o: self.v == getattr(o, "v", o)
print(a == 2, a == Sub(2), a != 3)
print(Num.__hash__ is None if "__hash__" in Num.__dict__ else "hash kept", end=" ")
try:
    print(hash(a) is not None)
except TypeError as e:
    print("TypeError:", e)
Sub.__mul__ = lambda self, o: "sub override"
print(a * b, Num(1) * Num(2))
del Sub.__mul__
print((a * b).v)
Num.__bool__ = lambda self: self.v > 2
print(bool(a), bool(b))
Num.__getitem__ = lambda self, i: self.v * i
print(a[10])
Num.__call__ = lambda self, *args: ("called", args)
print(a(1, 2))
Num.__len__ = lambda self: self.v
print(len(b))
del Num.__len__
try:
    len(b)
except TypeError as e:
    print("TypeError:", e)
Num.__iter__ = lambda self: iter(range(self.v))
print(list(b), sum(b))
Num.__contains__ = lambda self, x: x == "magic"
print("magic" in a, 0 in a)
