def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2))
print(append_to.__defaults__)
def kw(a, *, b=2, c): return a, b, c
print(kw.__kwdefaults__, kw(1, c=3))
kw.__kwdefaults__ = {"b": 20, "c": 30}
print(kw(1))
def late(x=None): return x
late.__defaults__ = (42,)
print(late())
def make_adders():
    return [lambda y, i=i: y + i for i in range(3)]
print([f(10) for f in make_adders()])
def outer():
    x = 1
    def get(): return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = outer()
set_(5)
print(get(), get.__closure__[0].cell_contents)
print(outer.__code__.co_cellvars, get.__code__.co_freevars)
def counter_gen():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = counter_gen(), counter_gen()
print(c1(), c1(), c2())
import types
cell = types.CellType(7)
print(cell.cell_contents)
cell.cell_contents = 8
print(cell.cell_contents)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print(e)
def f(a, b=2): pass
print(f.__code__.co_argcount, f.__code__.co_varnames, f.__name__, f.__qualname__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    wrapper.__wrapped__ = fn
    return wrapper
@deco
@deco
def base(x): return x
print(base(3))
