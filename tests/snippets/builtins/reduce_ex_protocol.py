# object.__reduce_ex__ / __reduce__ for plain classes and builtins, via copy and direct calls
import copy, copyreg
class P:
    def __init__(self, x):
        self.x = x
p = P(5)
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0] is P, r[2], len(r))
r1 = p.__reduce_ex__(1)
print(r1[0] is copyreg._reconstructor, r1[1][0] is P, r1[1][1] is object, r1[2])
q = copy.copy(p); print(q.x, q is not p, type(q).__name__)
dq = copy.deepcopy(P([1, 2])); print(dq.x)
class Custom:
    def __reduce__(self):
        return (Custom, ())
print(Custom().__reduce_ex__(2)[0] is Custom, type(copy.copy(Custom())).__name__)
class Slots:
    __slots__ = ('a',)
    def __init__(self):
        self.a = 1
print((1).__reduce_ex__(2)[0].__name__, [1].__reduce_ex__(2)[0].__name__)
print(copy.copy([1, [2]]), copy.deepcopy({'k': [1]}), copy.copy((1, 2)))
try:
    object().__reduce_ex__()
except TypeError as e:
    print(type(e).__name__, e)
