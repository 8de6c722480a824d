# object.__reduce__/__reduce_ex__/__getstate__ as CPython builds them (copyreg helpers, slots, list/dict items), copy, type.__flags__
import copyreg, copy
class A: pass
a = A(); a.x = 1
print(a.__reduce__()[0] is copyreg._reconstructor, a.__reduce__()[1:], a.__getstate__(), object().__getstate__(), A().__getstate__())
print(a.__reduce_ex__(0)[1:], a.__reduce_ex__(1)[1:])
r = a.__reduce_ex__(2); print(r[0] is copyreg.__newobj__, r[1:])
class S:
    __slots__ = ('x', 'y')
s = S(); s.x = 1
print(s.__getstate__(), s.__reduce_ex__(2)[1:])
class N(int):
    def __getnewargs__(self): return (int(self),)
print(N(5).__reduce_ex__(2)[1:], (5).__reduce_ex__(2)[1:3])
class L(list): pass
l = L([1, 2]); l.t = 3
r = l.__reduce_ex__(2); print(r[1:3], list(r[3]), r[4])
class D(dict): pass
r = D(a=1).__reduce_ex__(2); print(r[1:4], list(r[4]))
b = copy.copy(a); print(b.x, b is not a, copy.deepcopy([a])[0].x)
c = copy.copy(s); print(c.x)
class K:
    def __init__(self, v): self.v = v
    def __getnewargs_ex__(self): return ((self.v,), {})
print(K(3).__reduce_ex__(2)[1], copy.copy(K(4)).v)
class Q:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
    def __new__(cls, *a, **k): return object.__new__(cls)
r = Q().__reduce_ex__(4); print(r[0] is copyreg.__newobj_ex__, r[1][1:])
for bad in [lambda: (x for x in ()).__reduce_ex__(2), lambda: object().__reduce_ex__(2)[1:],
            lambda: (lambda: 0).__reduce_ex__(2), lambda: a.__reduce_ex__()]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(A.__flags__ & (1 << 9), int.__flags__ & (1 << 9), bool(L.__flags__ & (1 << 25)), bool(N.__flags__ & (1 << 24)), bool(type.__flags__ & (1 << 31)))
import abc
class AB(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
print(bool(AB.__flags__ & (1 << 20)), bool(A.__flags__ & (1 << 20)))
