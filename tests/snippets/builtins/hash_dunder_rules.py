# __hash__ rules: defining __eq__ removes hashing, __hash__ = None, big results are reduced, bad return types
class Eq:
    def __eq__(self, o):
        return True
class EqHash(Eq):
    __hash__ = object.__hash__
class Big:
    def __hash__(self):
        return 2**80 + 5
class NegOne:
    def __hash__(self):
        return -1
class BoolH:
    def __hash__(self):
        return True
class IntSub(int):
    pass
class SubH:
    def __hash__(self):
        return IntSub(7)
print(Eq.__hash__ is None, hash(Big()), hash(NegOne()), hash(BoolH()), hash(SubH()), type(hash(SubH())).__name__, isinstance(hash(EqHash()), int))
for obj in [Eq(), [1], {}, set(), bytearray()]:
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class FloatH:
    def __hash__(self):
        return 1.5
class NoneH:
    __hash__ = None
for obj in [FloatH(), NoneH()]:
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(2**80 + 5) == hash(Big()), {Big(): 1}[Big()] if False else 'skip')
try:
    {Eq(): 1}
except TypeError as e:
    print(type(e).__name__, e)
