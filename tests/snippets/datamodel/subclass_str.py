# Subclassing str: which methods return the subclass and which hooks are honoured.
class Tag(str):
    def __new__(cls, value, kind="plain"):
        self = super().__new__(cls, value)
        self.kind = kind
        return self
    def shout(self):
        return self.upper() + "!"

t = Tag("hello", "greeting")
print(t, t.kind, t.shout(), type(t.upper()).__name__, type(t + "x").__name__, type(t[1:]).__name__)
print(t == "hello", "hello" == t, hash(t) == hash("hello"), {"hello": 1}[t], t in {"hello"})
print(len(t), t * 2, type(t * 2).__name__, str(t), type(str(t)).__name__, repr(t))
class Upper(str):
    def __str__(self):
        return self.upper()
    def __repr__(self):
        return "Upper(" + super().__repr__() + ")"
u = Upper("abc")
print(str(u), repr(u), f"{u}", f"{u!s}", f"{u!r}", "%s %r" % (u, u), [u])
class Lower(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
print(Lower("ABC") == "abc", "abc" == Lower("ABC"), Lower("X") != "x")
class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)
    def __len__(self):
        return 99
p = Path("usr") / "lib"
print(p, type(p).__name__, len(p), str.__len__(p))
print("-".join([Tag("a"), Tag("b")]), Tag("a,b").split(","), type(Tag("a,b").split(",")[0]).__name__)
class Fmt(str):
    def __format__(self, spec):
        return "custom:" + spec
print(format(Fmt("v"), "x"), f"{Fmt('v'):>5}", "{}".format(Fmt("v")))
print(Tag("  x ").strip(), type(Tag("x").strip()).__name__, Tag("ab").replace("a", "z"))
print(isinstance(t, str), issubclass(Tag, str), Tag.__mro__[1].__name__)
