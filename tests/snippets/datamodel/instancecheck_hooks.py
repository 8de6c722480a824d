# __instancecheck__ and __subclasscheck__ on metaclasses.
class Duck(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")

class Quacker(metaclass=Duck):
    pass

class Bird:
    def quack(self):
        return "quack"

print(isinstance(Bird(), Quacker))
print(isinstance(1, Quacker))
print(issubclass(Bird, Quacker), issubclass(int, Quacker))
print(isinstance(Bird(), (int, Quacker)))
# an exact type match short-circuits __instancecheck__
print(isinstance(Quacker(), Quacker))

class Everything(type):
    def __instancecheck__(cls, obj):
        return 1          # truthiness is used
class Any_(metaclass=Everything):
    pass
print(isinstance("s", Any_), isinstance(None, Any_))

try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, (str, 3))
except TypeError as e:
    print("TypeError:", e)
