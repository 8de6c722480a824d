class C:
    x = 1
c = C()
print(getattr(c, "x"), getattr(c, "y", "default"), hasattr(c, "x"), hasattr(c, "y"))
setattr(c, "y", 2)
print(c.y, getattr(c, "y"))
delattr(c, "y")
print(hasattr(c, "y"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
setattr(C, "z", "class-level")
print(c.z, getattr(str, "upper")("abc"), getattr([3, 1], "count")(1))
