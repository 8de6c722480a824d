from abc import ABC, abstractmethod

class Sized2(ABC):
    @abstractmethod
    def size(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            if any("size" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented

class HasSize:
    def size(self): return 3
class NoSize:
    pass

print(issubclass(HasSize, Sized2), isinstance(HasSize(), Sized2))
print(issubclass(NoSize, Sized2))

class Plugin(ABC):
    pass
class Thing:
    pass
print(issubclass(Thing, Plugin))
r = Plugin.register(Thing)
print(r is Thing, issubclass(Thing, Plugin), isinstance(Thing(), Plugin))
print(Plugin in Thing.__mro__)

@Plugin.register
class Other:
    pass
print(issubclass(Other, Plugin))
class SubThing(Thing): pass
print(issubclass(SubThing, Plugin))
Plugin.register(int)
print(isinstance(5, Plugin), isinstance(True, Plugin), isinstance("s", Plugin))
