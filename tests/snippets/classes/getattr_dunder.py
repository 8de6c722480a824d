class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []
    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls)
class Dynamic:
    real = "real attr"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"no {name}")
d = Dynamic()
print(d.real, d.x_hello, getattr(d, "x_y"), hasattr(d, "other"), getattr(d, "z", "dflt"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
