# _weakref: ref identity and reuse, callbacks at death (after __del__), hashing, equality, subclasses with slots, proxies, _remove_dead_weakref, WeakSet.
import _weakref
ref = _weakref.ref
class C:
    pass
c = C()
r = ref(c)
print(r() is c, ref(c) is r, _weakref.getweakrefcount(c), type(r), type(r).__name__, type(r).__module__)
log = []
r2 = ref(c, lambda w: log.append(("cb", w is r2)))
print(r2 is not r, _weakref.getweakrefcount(c), len(_weakref.getweakrefs(c)))
h = hash(r)
print(h == hash(c), r == r2, r != r2)
del c
print(r(), r2(), log, hash(r) == h)
try:
    ref(1)
except TypeError as e:
    print(e)
try:
    ref([])
except TypeError as e:
    print(e)
def f(): pass
rf = ref(f)
print(rf() is f, repr(rf).startswith("<weakref at "), "to 'function'" in repr(rf))
class K(ref):
    __slots__ = ("key",)
    def __new__(cls, ob, cb, key):
        self = ref.__new__(cls, ob, cb)
        self.key = key
        return self
    def __init__(self, ob, cb, key):
        super().__init__(ob, cb)
o = C()
k = K(o, None, "thekey")
print(k.key, k() is o, isinstance(k, ref))
d = {"a": ref(o)}
_weakref._remove_dead_weakref(d, "a")
print(list(d))
del o
_weakref._remove_dead_weakref(d, "a")
print(list(d), k())
p = _weakref.proxy(C())
try:
    p.x
except ReferenceError as e:
    print("ReferenceError:", e)
obj = C()
obj.v = 42
px = _weakref.proxy(obj)
print(px.v)
px.w = 1
print(obj.w)
class D:
    def __del__(self):
        print("del runs before callbacks", r3() is None)
dd = D()
r3 = ref(dd, lambda w: print("callback", w() is None))
del dd
import _weakrefset
ws = _weakrefset.WeakSet()
a, b = C(), C()
ws.add(a); ws.add(b)
print(len(ws), a in ws)
del a
print(len(ws))
# Lambdas and methods as callbacks; a callback that reads the dead reference.
events = []
x = C()
rx = ref(x, lambda w: events.append(w() is None))
x = None
print(events)
