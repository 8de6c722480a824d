from __future__ import annotations
def f(a: int, b: list[str] = None, *args: tuple, c: Undefined = 1, **kw: dict) -> Return[None]:
    pass
print(f.__annotations__)
class C:
    x: int
    y: "quoted" = 2
    z: List[int] = []
print(C.__annotations__)
def g(a: 1 + 2, b: lambda: x, c: [i for i in y]): pass
print(g.__annotations__)
x: Some[Thing]
print(__annotations__)
import __future__
print(__future__.annotations.compiler_flag == 0x1000000)
