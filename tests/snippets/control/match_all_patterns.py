# Every pattern kind: literal, capture, wildcard, value, sequence with star, mapping with
# **rest, class (positional and keyword), or, as, guards, nesting, singletons.
class Color:
    RED = "red"
    GREEN = "green"

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def describe(v):
    match v:
        case 0 | 1 as small:
            return f"small {small}"
        case True:
            return "unreachable: True == 1 matched above"
        case None:
            return "none"
        case Color.RED:
            return "the red"
        case "hello" | "hi":
            return "greeting"
        case [x]:
            return f"one-item {x}"
        case [1, 2, *rest]:
            return f"starts 1,2 then {rest}"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case {"kind": k, **others}:
            return f"kind {k} others {sorted(others.items())}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case Point(x=px):
            return f"point x={px}"
        case int(n) if n < 0:
            return f"negative {n}"
        case str() as s:
            return f"string {s!r}"
        case [[inner]]:
            return f"nested {inner}"
        case _:
            return f"other {type(v).__name__}"

tests = [0, 1, None, "red", "hi", [5], [1, 2, 3, 4], [7, 8, 9, 7], (1, 2, 3),
         {"kind": "circle", "r": 2}, {"kind": "sq", "side": 3, "color": "b"},
         Point(0, 0), Point(0, 5), Point(4, 4), Point(3, 9), -7, "abc", [[42]], 3.5, [],
         True, False, "green"]
for t in tests:
    print(repr(t) if not isinstance(t, Point) else f"Point({t.x},{t.y})", "->", describe(t))

def bindings(v):
    match v:
        case [a, b] | (b, a, _):
            return a, b
    return None
print(bindings([1, 2]), bindings((1, 2, 3)), bindings("xy"))

match {"a": 1}:
    case {}:
        print("empty mapping pattern matches any mapping")
match 5:
    case x:
        print("capture", x)
