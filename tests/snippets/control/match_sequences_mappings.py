def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b] if a == b:
            return f"pair same {a}"
        case [a, *rest, z] if not rest:
            return f"two {a} {z}"
        case [0, *rest]:
            return f"zero-led {rest}"
        case [*_, last]:
            return f"last {last}"
        case _:
            return "other"
for v in [[], [1], [2, 2], [1, 3], (0, 1, 2), [5, 6, 7], "abc", b"ab", range(3), 42, {1: 2}, iter([1])]:
    print(repr(v) if not hasattr(v, '__next__') else "iter", "->", seq(v))
def mp(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", **rest}:
            return f"circle {sorted(rest.items())}"
        case {1: one, **others} if others:
            return f"one={one} others={sorted(others)}"
        case {}:
            return "some mapping"
        case _:
            return "not mapping"
for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5}, {1: "a", 2: "b"}, {1: "a"}, {}, [1], "s"]:
    print(v, "->", mp(v))
from collections import OrderedDict, defaultdict
print(mp(OrderedDict(type="point", x=0, y=0)), mp(defaultdict(int)))
class Missing(dict):
    def __missing__(self, k):
        return "made"
print(mp(Missing(type="circle")))
match {"a": 1, "a2": 2}:
    case {"a": 1, **kw}:
        print(kw)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match (1, 2, 3):
    case (1, *mid, 3):
        print("mid", mid)
