a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
x = object()
print(id(x) == id(x))
l = [x]
print(id(l[0]) == id(x))
print(id(None) == id(None), id(True) == id(True))
