# A class's __dict__ is a read-only mappingproxy.
class C:
    x = 1
    def m(self):
        return 2

d = C.__dict__
print(type(d).__name__, "x" in d, d["x"], d.get("y", "missing"), len(d) > 2)
try:
    d["x"] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    del d["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    d.pop("x")
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in d if not k.startswith("__")))
print(sorted(d.keys() - {"__module__", "__dict__", "__weakref__", "__doc__", "__qualname__"}))
C.y = 5
print(d["y"])        # the proxy is live
print(isinstance(d.copy(), dict), d.copy()["x"])
print(vars(C) == C.__dict__, type(vars(C)).__name__)
print(type(int.__dict__).__name__, "__add__" in int.__dict__)
try:
    C.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
import types
mp = types.MappingProxyType({"a": 1})
print(mp["a"], list(mp.items()), mp | {"b": 2})
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError:", e)
