print(...)
print(Ellipsis is ..., type(...).__name__)
x = [1, ..., 3]
print(x)
print(repr(...))
def f():
    ...
print(f())
