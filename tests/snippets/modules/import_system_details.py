import sys
import os.path as osp
print(osp.__name__ in ("posixpath",), "os" in sys.modules, "os.path" in sys.modules)
from os import path, sep
print(sep)
m = __import__("json")
print(m.__name__, m.dumps([1]))
pkg = __import__("os.path")
print(pkg.__name__)
leaf = __import__("os.path", fromlist=["join"])
print(leaf.__name__)
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from os import nonexistent_name
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from json import nonexistent_thing
except ImportError as e:
    print(e)
import json.decoder
print(json.decoder.__name__, json.__package__, json.decoder.__package__)
print(__name__, __package__, __spec__)
print(sys.modules[__name__] is sys.modules["__main__"])
print(type(sys.modules["sys"]).__name__)
print(callable(__import__))
try:
    __import__("")
except ValueError as e:
    print(e)
try:
    __import__(5)
except TypeError as e:
    print(e)
try:
    __import__("json", level=-1)
except ValueError as e:
    print(e)
