def m(v):
    match v:
        case []:
            return "empty list/tuple"
        case [x]:
            return f"single {x!r}"
        case [first, *middle, last] if middle:
            return f"first={first} middle={middle} last={last}"
        case [a, b]:
            return f"pair {a},{b}"
        case {"type": "point", **rest} if rest:
            return f"point extras {sorted(rest.items())}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "some mapping"
        case _:
            return f"other {type(v).__name__}"

for v in [[], (), [1], (2,), "s", [1, 2], (1, 2, 3, 4), {"type": "point"}, {"type": "point", "x": 1},
          {"type": "line", "z": 0}, {"other": 1}, {}, b"ab", range(3), 5, iter([1])]:
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", m(v))

match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **others}:
        print(type(others).__name__, sorted(others))
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a + b + c + d)
match (1, 2, 3):
    case (1, *_):
        print("starts with 1")
match "hello":
    case [*chars]:
        print("str matched sequence?", chars)
    case str():
        print("str is not a sequence pattern target")
from collections import OrderedDict, defaultdict
match defaultdict(int, k=1):
    case {"missing": _}:
        print("should not call default_factory")
    case {"k": v}:
        print("defaultdict k", v)
