# Subclassing dict: which overrides builtins and dict methods honour.
class Upper(dict):
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())

u = Upper()
u["a"] = 1
print(u, u["a"], u.get("a"), u.get("A"))
u.update(b=2)                 # update does not call __setitem__
print(u)
u2 = Upper(c=3)               # nor does the constructor
print(u2, dict(u2), {**u2})
u.setdefault("d", 4)
print(u)

class Ordered(dict):
    def keys(self):
        return sorted(super().keys())
    def __iter__(self):
        return iter(sorted(super().__iter__()))
o = Ordered(b=1, a=2)
print(list(o), list(o.keys()), list(o.items()), dict(o), dict(**o))

class WithRepr(dict):
    def __repr__(self):
        return "WithRepr(" + super().__repr__() + ")"
print(WithRepr(x=1), [WithRepr()], str(WithRepr(y=2)))
class Attr(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
a = Attr(x=1)
a.y = 2
print(a.x, a.y, a)
try:
    a.z
except KeyError as e:
    print("KeyError:", e)
print(type(Upper(a=1) | {"b": 2}).__name__, type(Upper(a=1).copy()).__name__, type(Upper.fromkeys("ab")).__name__)
class Hashable(dict):
    def __hash__(self):
        return 1
print({Hashable(): "ok"}[Hashable()], isinstance(Hashable(), dict))
class NoLen(dict):
    def __len__(self):
        return 0
print(len(NoLen(a=1)), bool(NoLen(a=1)), list(NoLen(a=1)))
