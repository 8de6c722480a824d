import abc

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def unit(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()} unit={self.unit()}"

print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)

class Partial(Shape):
    def area(self):
        return 4
print(sorted(Partial.__abstractmethods__))
try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)

class Square(Partial):
    def unit(self): return "m2"
print(Square().describe())
print(Square.__abstractmethods__ == frozenset())
print(getattr(Shape.area, "__isabstractmethod__", False))
print(getattr(Square.unit, "__isabstractmethod__", False))

class Meta(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def go(self): return "base-go"
class Impl(Meta):
    def go(self): return "impl+" + super().go()
print(Impl().go())
print(isinstance(Impl(), Meta), issubclass(Impl, Meta))
class Again(Square):
    @abc.abstractmethod
    def area(self): ...
try:
    Again()
except TypeError as e:
    print(type(e).__name__, e)
