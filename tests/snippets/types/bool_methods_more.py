# bool: operators that keep bool, those that become int, methods inherited from int, repr and errors
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(~True, ~False, -True, +True, True + True, True * 10, True / 2, True // 2, True ** 5, True << 2)
print(True == 1, False == 0, True is 1 == 1, hash(True), hash(False), {True: 'a', 1: 'b'}, {0, False})
print(repr(True), str(False), format(True), f'{False!r}', format(True, '^7'), format(True, '.2f'))
print(bool(), bool(0), bool(0.0), bool(0j), bool(''), bool(()), bool([]), bool({}), bool(set()), bool(range(0)), bool(b''))
print(bool(1), bool(-1), bool('0'), bool([0]), bool(float('nan')), bool(...), bool(None))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.to_bytes(1, 'big'))
print(int(True), float(False), complex(True), str(True).upper(), max(True, 0.5), sum([True, True, False]))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__[1].__name__, bool.__base__.__name__)
print(True.__and__(1), True.__or__(False), (1).__and__(True), False.__xor__(True), True.__and__(2))
class Z:
    def __bool__(self):
        return 0
class L:
    def __len__(self):
        return -1
class B2:
    def __bool__(self):
        return 'yes'
for v in [Z(), L(), B2()]:
    try:
        print(bool(v))
    except Exception as e:
        print(type(e).__name__, e)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(bool(x=1) if False else 'skip')
