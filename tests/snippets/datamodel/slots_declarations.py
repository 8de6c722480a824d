# Forms of __slots__ and the checks class creation makes.
class S:
    __slots__ = "only"
print(S.__slots__, type(S.only).__name__)

class L:
    __slots__ = ["z", "y", "x"]
print([k for k in L.__dict__ if k in "xyz"], L.__slots__)

class Private:
    __slots__ = ("__secret", "_Private__other", "__dunder__")
    def __init__(self):
        self.__secret = 1
    def get(self):
        return self.__secret
p = Private()
print(p.get(), p._Private__secret, sorted(k for k in Private.__dict__ if "secret" in k or "dunder" in k))

class FromIter:
    __slots__ = iter(("p", "q"))
f = FromIter()
f.p = 1
print(f.p, type(FromIter.q).__name__)

def attempt(src):
    try:
        exec(src, {})
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

attempt("class C:\n    __slots__ = ('x',)\n    x = 1")
attempt("class C:\n    __slots__ = (1,)")
attempt("class C:\n    __slots__ = ('not ok',)")
attempt("class C:\n    __slots__ = ('__dict__', '__dict__')")
attempt("class B: pass\nclass C(B):\n    __slots__ = ('__dict__',)")
attempt("class B: pass\nclass C(B):\n    __slots__ = ('__weakref__',)")
attempt("class C(int):\n    __slots__ = ('x',)")
attempt("class C(tuple):\n    __slots__ = ('x',)")
attempt("class C(int):\n    __slots__ = ()")
attempt("class A:\n    __slots__ = ('a',)\nclass B:\n    __slots__ = ('b',)\nclass C(A, B): pass")
attempt("class A:\n    __slots__ = ('a',)\nclass B:\n    __slots__ = ()\nclass C(A, B): pass")
attempt("class A:\n    __slots__ = ('a',)\nclass B(A):\n    __slots__ = ('b',)\nclass C(B, A): pass")
attempt("class C(list):\n    __slots__ = ('x',)\nc = C([1]); c.x = 2; print(c, c.x)")
