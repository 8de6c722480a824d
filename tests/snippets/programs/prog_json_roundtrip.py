import json
data = {"name": "Ferrum", "version": [0, 1], "tags": ["rust", "python"], "nested": {"a": None, "b": True, "c": 1.5, "d": -0.0}, "unicode": "héllo ✓", "esc": "tab\tquote\"slash\\"}
s = json.dumps(data, sort_keys=True)
print(s)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)[:120])
back = json.loads(s)
print(back == data, type(back["version"]).__name__)
print(json.loads('[1, 2.5, "x", null, true, {"k": [false]}]'))
print(json.dumps([1e100, 1e-7, 123456789012345678901234567890, float("inf")]))
for bad in ['{"a": }', '[1, 2', '{"a" 1}', "nan?", '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    raise TypeError(f"not serializable: {type(o).__name__}")
def dec(d):
    return Point(*d["__point__"]) if "__point__" in d else d
s = json.dumps({"p": Point(1, 2), "ps": [Point(3, 4)]}, default=enc)
print(s)
obj = json.loads(s, object_hook=dec)
print(obj["p"].x, obj["ps"][0].y)
try:
    json.dumps({"s": {1, 2}}, default=enc)
except TypeError as e:
    print(e)
print(json.dumps({"b": 1, "a": [1, 2]}, separators=(",", ":")))
print(json.dumps("ü"), json.dumps("ü", ensure_ascii=False))
print(json.loads('{"a": 1, "a": 2}'), json.loads("1.0"), json.loads(" 42 "))
