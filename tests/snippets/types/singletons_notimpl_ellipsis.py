# NotImplemented, Ellipsis and None: reprs, types, identity, reduction and use in binary operators
print(repr(NotImplemented), repr(Ellipsis), repr(...), ... is Ellipsis, type(...).__name__, type(NotImplemented).__name__)
print(type(...)() is ..., type(NotImplemented)() is NotImplemented, type(None)() is None, str(...), f'{NotImplemented}')
print(NotImplemented.__reduce__(), Ellipsis.__reduce__(), hash(...) == hash(Ellipsis), ... == ..., ... != Ellipsis)
class A:
    def __add__(self, other):
        return NotImplemented
    def __eq__(self, other):
        return NotImplemented
class B:
    def __radd__(self, other):
        return 'B.radd'
print(A() + B(), A() == A() if False else (A() == 1), [...], (...,), {...: ...}, 'skip')
for f in [lambda: A() + A(), lambda: A() < A(), lambda: type(...)(1), lambda: type(NotImplemented)(1), lambda: ... + 1]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
import copy
print(copy.copy(...) is ..., copy.deepcopy(NotImplemented) is NotImplemented)
a = [1, 2, 3]
print(a[:] if ... else None, bool(...))
