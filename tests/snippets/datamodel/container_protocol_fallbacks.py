# Iteration and membership fallbacks: __getitem__ iteration, __contains__ fallback, __iter__ = None.
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 2
print(list(OldStyle()), 4 in OldStyle(), 5 in OldStyle(), list(enumerate(OldStyle())))
it = iter(OldStyle())
print(type(it).__name__, next(it), next(it))

class StopEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopEarly()))

class IterOnly:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in IterOnly(), 9 in IterOnly())

class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print("TypeError:", e)
class ContainsNonBool:
    def __contains__(self, x):
        return [x]
print(1 in ContainsNonBool(), 1 not in ContainsNonBool())
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NotIterator:
    def __iter__(self):
        return self
try:
    for x in NotIterator():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    3 in 5
except TypeError as e:
    print("TypeError:", e)
class Items:
    def __init__(self): self.d = {"a": 1}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
x = Items()
x["b"] = 2
del x["a"]
print(x.d, x["b"])
try:
    x["zz"]
except KeyError as e:
    print("KeyError:", e)
class ReadOnly:
    def __getitem__(self, k): return k
try:
    ReadOnly()[1] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del ReadOnly()[1]
except TypeError as e:
    print("TypeError:", e)
