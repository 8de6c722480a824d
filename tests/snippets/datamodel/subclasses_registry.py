# __subclasses__(): direct subclasses only, in definition order, and dropped when they die.
import gc
class Root: pass
class A(Root): pass
class B(Root): pass
class AA(A): pass
class Both(A, B): pass
print([c.__name__ for c in Root.__subclasses__()])
print([c.__name__ for c in A.__subclasses__()], [c.__name__ for c in B.__subclasses__()])
print(AA.__subclasses__())
def walk(cls, depth=0):
    print("  " * depth + cls.__name__)
    for sub in cls.__subclasses__():
        walk(sub, depth + 1)
walk(Root)
print(bool.__subclasses__(), [c.__name__ for c in int.__subclasses__() if c.__module__ == "builtins"])
D = type("D", (Root,), {})
print([c.__name__ for c in Root.__subclasses__()])
print(type.__subclasses__(type) is not None)
