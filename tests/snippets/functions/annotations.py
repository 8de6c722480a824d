def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, c]
print(f.__annotations__)
print(f(1))
def g(x):
    return x
print(g.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
