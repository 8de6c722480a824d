x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
l = list(range(8))
del l[0]
print(l)
del l[-1]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class C:
    pass
c = C()
c.attr = 5
c.other = 6
del c.attr
print(hasattr(c, "attr"), c.other)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
