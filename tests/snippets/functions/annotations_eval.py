def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> None:
    pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__)
g.__annotations__ = {"a": 1}
print(g.__annotations__)
class C:
    a: int
    b: str = "s"
    def m(self) -> "C": pass
print(C.__annotations__, C.m.__annotations__)
print("a" in C.__dict__, C.b)
class D(C):
    c: float
print(D.__annotations__)
x: int = 5
y: list
print(__annotations__)
lam = lambda q: q
print(lam.__annotations__)
order = []
def side(n):
    order.append(n)
    return n
def h(a: side(1), b: side(2)) -> side(3): pass
print(order, h.__annotations__)
class E:
    (paren): int
    obj = type("O", (), {})()
    obj.attr: int = 3
print(E.__annotations__)
def local_ann():
    v: int = 1
    w: str
    return locals()
print(local_ann())
