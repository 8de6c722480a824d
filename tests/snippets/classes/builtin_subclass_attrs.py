# Instances of subclasses of builtin types have a __dict__ (made on first use); GenericAlias
# can be subclassed, as _collections_abc does.
import types


class L(list):
    pass


class I(int):
    pass


class S(set):
    __slots__ = ("k",)


l = L([1, 2])
l.tag = "x"
print(l, l.tag, l.__dict__, L().__dict__)
i = I(7)
i.unit = "cm"
print(i + 1, i.unit, vars(i))
s = S()
s.k = 3
print(s.k)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)

GA = types.GenericAlias
print(GA, GA(list, (int,)), GA(dict, (str, int)) == dict[str, int])


class MyAlias(GA):
    def __new__(cls, origin, args):
        return super().__new__(cls, origin, args)

    def __repr__(self):
        return "MyAlias:" + super().__repr__()


a = MyAlias(list, (int,))
print(repr(a), type(a).__name__, a.__origin__, a.__args__, isinstance(a, GA))
print(list[int].__mro_entries__(()), type(list[int]).__module__)
