o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(issubclass(int, object), issubclass(type, object), object.__bases__, int.__bases__)
print(len([n for n in dir(object) if n.startswith("__")]) > 10)
