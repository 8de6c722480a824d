# __getattribute__ overrides, the __getattr__ fallback, and what bypasses them.
class Logged:
    def __init__(self):
        self.value = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("getattr fallback", name)
        if name == "dynamic":
            return 42
        raise AttributeError(f"no {name!r} here")
    def __len__(self):
        return 3

o = Logged()
print(o.value)
print(o.dynamic)
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)
print(len(o))                  # implicit special-method lookup skips __getattribute__
print(getattr(o, "nothing", "default"))
print(hasattr(o, "value"), hasattr(o, "nope"))

class Raising:
    def __getattribute__(self, name):
        raise KeyError(name)   # not an AttributeError: propagates, no __getattr__
    def __getattr__(self, name):
        return "never"
try:
    Raising().x
except KeyError as e:
    print("KeyError:", e)
try:
    print(hasattr(Raising(), "x"))
except KeyError as e:
    print("hasattr propagates KeyError:", e)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)
