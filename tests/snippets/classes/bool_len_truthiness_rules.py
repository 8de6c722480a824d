class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class Both:
    def __bool__(self): return True
    def __len__(self): return 0

print(bool(L(0)), bool(L(3)), bool(B(True)), bool(B(False)), bool(Both()))
print("yes" if L(2) else "no", not L(0), L(0) or "alt", L(1) and "and")
for bad in (B(1), B(None), B("x")):
    try:
        bool(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    bool(L(-1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    bool(L(2.5))
except TypeError as e:
    print(type(e).__name__, e)
class NoneBool:
    __bool__ = None
    def __len__(self): return 5
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
class Plain: pass
print(bool(Plain()))
class BigLen:
    def __len__(self): return 2 ** 70
try:
    bool(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
calls = []
class Tracked:
    def __init__(self, name, v): self.name, self.v = name, v
    def __bool__(self):
        calls.append(self.name)
        return self.v
r = Tracked("a", False) or Tracked("b", True) and Tracked("c", False)
print(r.name, calls)
calls.clear()
x = [t.name for t in [Tracked("p", True), Tracked("q", False)] if t]
print(x, calls)
class IntLen:
    def __len__(self): return True
print(len(IntLen()), bool(IntLen()))
