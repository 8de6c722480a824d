import types, sys
m = types.ModuleType("mymod", "doc string")
print(m.__name__, m.__doc__, repr(m))
m.x = 1
print(m.x, sorted(k for k in vars(m) if not k.startswith("__")))
print(sorted(m.__dict__))
try:
    m.missing
except AttributeError as e:
    print(e)
def mod_getattr(name):
    return f"dynamic {name}"
m.__getattr__ = mod_getattr
print(m.anything)
m2 = types.ModuleType("m2")
print(m2.__doc__, m2.__spec__, m2.__loader__, m2.__package__)
sys.modules["m2"] = m2
m2.value = 99
import m2 as again
print(again.value, again is m2)
from m2 import value
print(value)
del sys.modules["m2"]
print(dir(m2)[:3])
print(isinstance(sys, types.ModuleType))
try:
    types.ModuleType()
except TypeError as e:
    print(e)
try:
    types.ModuleType(5)
except TypeError as e:
    print(e)
