# What object provides by default: comparisons, hash, str/repr/format, __init_subclass__, dir.
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p.__eq__(q), p.__ne__(p), p.__lt__(q))
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
print(hash(p) == hash(p), type(hash(p)).__name__, Plain.__hash__ is object.__hash__)
print(str(p) == repr(p), format(p, "") == str(p), p.__format__("") == str(p))
print(Plain.__init_subclass__(), Plain.__subclasshook__(int))
print(object.__eq__(1, 1), object.__ne__(1, 2), object.__eq__(p, q))
print(sorted(d for d in dir(p) if d in ("__class__", "__dict__", "__eq__", "__weakref__", "__module__")))
print(p.__class__ is Plain, type(p).__name__, Plain.__base__.__name__, Plain.__bases__)
print(isinstance(p, object), issubclass(Plain, object), object.__class__.__name__)
p.__class__ = type("Other", (), {})
print(type(p).__name__)
try:
    p.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
print(object.__doc__)
print(Plain().__reduce_ex__(2)[0].__name__)
