class R:
    def __repr__(self): return "R()"
class S:
    def __str__(self): return "S-str"
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"

print(str(R()), repr(R()), f"{R()}", f"{R()!r}")
print(str(S()), f"{S()}")
print(repr(S()).startswith("<__main__.S object at"))
print(str(Both()), repr(Both()), f"{Both()!s}|{Both()!r}")
print([R(), Both()], (Both(),), {"k": Both()})
print(str([S()])[:20].startswith("[<__main__.S"))
print("%s %r" % (Both(), Both()))
print(format(Both()), format(R(), ""))
try:
    format(Both(), "10")
except TypeError as e:
    print(type(e).__name__, e)

class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

class StrSub(str):
    pass
class RetSub:
    def __str__(self): return StrSub("sub")
v = str(RetSub())
print(v, type(v).__name__)
class Rec:
    def __init__(self): self.items = []
    def __repr__(self): return f"Rec({self.items!r})"
r = Rec(); r.items.append(R())
print(repr(r))
