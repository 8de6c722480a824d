x: int = 5
y: str
print(x)
print(__annotations__)
class C:
    a: int = 1
    b: "list[int]"
print(C.__annotations__, C.a)
def f():
    z: int = 3
    return z
print(f())
try:
    print(y)
except NameError as e:
    print("NameError:", e)
