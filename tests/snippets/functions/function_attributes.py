def documented(a, b=2, *, c=3):
    """This is the docstring."""
    return a
print(documented.__name__, documented.__qualname__)
print(documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__module__)
def undocumented():
    pass
print(undocumented.__doc__, undocumented.__defaults__, undocumented.__kwdefaults__)
class K:
    def method(self):
        def inner():
            pass
        return inner
print(K.method.__qualname__, K().method().__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
documented.custom = "attached"
print(documented.custom, documented.__dict__)
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount)
print(documented.__code__.co_name, documented.__code__.co_varnames)
