# __class_getitem__ and builtin generic aliases.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])

class Sub(Box):
    pass
print(Sub[str])

class Custom:
    @classmethod
    def __class_getitem__(cls, item):
        return ("explicit classmethod", cls.__name__, item)
print(Custom[0])

class Inst:
    def __getitem__(self, i):
        return ("instance", i)
    def __class_getitem__(cls, i):
        return ("class", i)
print(Inst()[1], Inst[1])

alias = list[int]
print(alias, type(alias).__name__, alias.__origin__, alias.__args__, alias([1, 2]))
print(dict[str, list[int]], tuple[int, ...], type[int])
print(list[int] == list[int], list[int] == list[str], isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int[0]
except TypeError as e:
    print("TypeError:", e)
class NotGeneric:
    pass
try:
    NotGeneric[int]
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __getitem__(cls, item):
        return ("metaclass getitem", item)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem loses"
print(WithMeta[5])
