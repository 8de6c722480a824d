def f(a, b=2, *args, c, d=4, **kw) -> "ret":
    """Doc of f."""
    local = a + b
    return local

print(f.__name__, f.__qualname__, f.__module__)
print(f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__annotations__)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20))
f.__defaults__ = (200,)
print(f(1, c=0))
f.__kwdefaults__ = None
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
f.__kwdefaults__ = {"c": 3, "d": 40}
print(f(1))
f.__defaults__ = None
try:
    f(1, c=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)

class K:
    def meth(self): pass
    class Inner:
        def deep(self):
            def local(): pass
            return local
print(K.meth.__qualname__, K.Inner.deep.__qualname__, K.Inner().deep().__qualname__)
f.custom = 5
print(f.__dict__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 3
except TypeError as e:
    print(type(e).__name__, e)
def g(): pass
print(g.__doc__, g.__defaults__, g.__kwdefaults__, g.__annotations__)
print((lambda: 0).__name__, type(f).__name__)
def gen(): yield
print(bool(gen.__code__.co_flags & 0x20))
