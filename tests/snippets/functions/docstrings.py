def f():
    """One line."""
def g():
    """
    Multi line
        indented
    """
def h():
    x = 1
    """not a docstring"""
class C:
    """Class doc."""
    def m(self):
        "method doc"
print(repr(f.__doc__))
print(repr(g.__doc__))
print(h.__doc__)
print(C.__doc__, C.m.__doc__, C().m.__doc__)
import inspect
print(repr(inspect.getdoc(g)))
