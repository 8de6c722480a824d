# __qualname__, __module__ and __doc__ of classes, functions and methods.
class Outer:
    """Outer doc."""
    class Inner:
        def method(self):
            "method doc"
            def local():
                pass
            return local
    def func(self):
        class InFunc:
            pass
        return InFunc

print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer.Inner().method().__qualname__, Outer().func().__qualname__)
print(Outer.__name__, Outer.Inner.__name__, Outer.__module__, Outer.Inner.method.__module__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.Inner.method.__doc__)
print(repr(Outer().func()).startswith("<class '__main__.Outer.func.<locals>.InFunc'"))
Outer.Inner.__qualname__ = "Renamed"
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
try:
    Outer.__qualname__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    Outer.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
Outer.__name__ = "NewName"
print(Outer.__name__, Outer.__qualname__)
print(int.__qualname__, int.__module__)
print(str.upper.__qualname__, len.__qualname__)
lam = lambda: 0
print(lam.__qualname__, lam.__name__)
def f():
    """Doc of f."""
f.__doc__ = "changed"
print(f.__doc__)
class NoDoc:
    pass
print(NoDoc.__doc__, NoDoc().__doc__)
class Mod:
    __module__ = "elsewhere"
print(Mod.__module__, repr(Mod))
