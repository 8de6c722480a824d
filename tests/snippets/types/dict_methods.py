d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("a"), d.pop("missing", "dflt"), d)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c["new"] = 1
print(d, c)
print(dict.fromkeys("ab", []), dict.fromkeys(range(3)))
c.clear()
print(c)
print({"a": 1} | {"b": 2}, {"a": 1, "b": 2} | {"a": 3})
e = {"k": 1}
e |= {"k": 2, "j": 3}
print(e)
try:
    d.pop("missing")
except KeyError as err:
    print("KeyError:", err)
try:
    {}.popitem()
except KeyError as err:
    print("KeyError:", err)
