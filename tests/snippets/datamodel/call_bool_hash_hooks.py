# __call__, __bool__ and __hash__: lookups on the type and result checks.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1):
        return (self.n + x) * times
a = Adder(2)
print(a(3), a(3, times=2), callable(a), callable(Adder), callable(1))
a.__call__ = lambda x: "instance attribute ignored"
print(a(1))
try:
    Adder(1)(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    (5)()
except TypeError as e:
    print("TypeError:", e)

class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(bool(B(True)), not B(False), [x for x in (B(True), B(False)) if x].__len__())
try:
    bool(B(1))
except TypeError as e:
    print("TypeError:", e)
class LenOnly:
    def __len__(self): return 0
print(bool(LenOnly()), bool(object()))

class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
print(hash(H(5)), hash(H(-1)), hash(H(2**70)) == hash(2**70), {H(1): "a"}[next(iter({H(1): 0}))] if False else "skip")
for bad in ("x", 1.5, None):
    try:
        hash(H(bad))
    except TypeError as e:
        print("TypeError:", e)
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print("TypeError:", e)
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__, type(EqOnly.__dict__["__hash__"]).__name__)
class Child(EqOnly):
    __hash__ = object.__hash__
print(type(hash(Child())).__name__)
class HashSub(int):
    def __hash__(self): return 42
print(hash(HashSub(7)), {HashSub(7): 1}.get(7))
