class Adder:
    def __init__(self, base): self.base = base
    def __call__(self, *args, scale=1, **kw):
        return (self.base + sum(args)) * scale, sorted(kw)

a = Adder(10)
print(a(1, 2), a(scale=2), a(1, x=1, y=2))
print(callable(a), callable(Adder), callable(5))
print(list(map(Adder(1), [1, 2, 3])))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
n = NotCallable()
n.__call__ = lambda: "instance attr"
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)
print(n.__call__())
class Chain:
    def __init__(self, parts=()): self.parts = parts
    def __call__(self, p): return Chain(self.parts + (p,))
    def __repr__(self): return "/".join(self.parts)
print(Chain()("a")("b")("c"))
class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
class W(metaclass=Meta):
    def __init__(self, x): self.x = x
print(W(5).x)
class CallProp:
    @property
    def __call__(self):
        return lambda v: v * 2
print(CallProp()(21))
