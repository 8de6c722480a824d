# __missing__ on dict subclasses: which operations consult it.
class Counter(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0

c = Counter(a=1)
print(c["a"], c["b"])
print(c.get("b"), "b" in c, c.get("b", "dflt"), c.setdefault("z", 5))
print(c.pop("nope", None))
try:
    c.pop("nope")
except KeyError as e:
    print("KeyError:", e)
c["n"] = c["n"] + 1
print(sorted(c.items()))

class Inserting(dict):
    def __missing__(self, key):
        value = self[key] = [key] * 2
        return value
d = Inserting()
print(d["x"], d)

class Raising(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key}")
try:
    Raising()["k"]
except LookupError as e:
    print(type(e).__name__, e)

# __missing__ on a plain dict instance attribute is ignored; must be on the class
plain = {}
try:
    plain.__missing__ = lambda k: 0
except AttributeError as e:
    print("AttributeError:", e)

class NotADict:
    def __missing__(self, key):
        return "never"
    def __getitem__(self, key):
        raise KeyError(key)
try:
    NotADict()["q"]
except KeyError as e:
    print("KeyError:", e)

# format_map with a missing-aware mapping
class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{name} is {age}".format_map(Default(name="Ann")))
import collections
dd = collections.defaultdict(list)
dd["k"].append(1)
print(dd, dd.__missing__("new"), dict(dd))
