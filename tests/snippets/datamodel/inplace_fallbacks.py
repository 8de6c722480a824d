# In-place operators: __iadd__ and friends, NotImplemented fallbacks to the binary forms.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("iadd", other)
        if isinstance(other, int):
            self.v += other
            return self
        return NotImplemented
    def __add__(self, other):
        print("add", other)
        if isinstance(other, str):
            return Acc(f"{self.v}+{other}")
        return NotImplemented
    def __radd__(self, other):
        print("radd", other)
        return Acc(f"{other}+{self.v}")
    def __repr__(self):
        return f"Acc({self.v!r})"

a = Acc(1)
keep = a
a += 5
print(a, a is keep)
a += "s"
print(a, a is keep)
a += 2.5          # __iadd__ and __add__ decline; float has no __add__ for Acc, so __radd__ is not tried: Acc is the left operand
print(a)

class OnlyBinary:
    def __init__(self, v): self.v = v
    def __mul__(self, n): return OnlyBinary(self.v * n)
    def __repr__(self): return f"OnlyBinary({self.v})"
o = OnlyBinary(3)
before = o
o *= 4
print(o, o is before)

lst = [1]
alias = lst
lst += (2, 3)         # list.__iadd__ accepts any iterable, in place
print(alias)
t = (1,)
talias = t
t += (2,)
print(t, talias)
try:
    lst + (4,)
except TypeError as e:
    print("TypeError:", e)

class Refuses:
    def __iadd__(self, other):
        return NotImplemented
r = Refuses()
try:
    r += 1
except TypeError as e:
    print("TypeError:", e)
for op in ("-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="):
    try:
        exec(f"x = Refuses()\nx {op} 1")
    except TypeError as e:
        print("TypeError:", e)
