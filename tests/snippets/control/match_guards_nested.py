def classify(cmd):
    match cmd:
        case ("move", (int(x), int(y))) if x == y:
            return f"diagonal {x}"
        case ("move", (int(x), int(y))) if x < 0 or y < 0:
            return f"negative {x},{y}"
        case ("move", (x, y)):
            return f"move {x},{y}"
        case {"op": "add", "args": [a, b, *rest]} if not rest:
            return f"add {a + b}"
        case {"op": "add", "args": [*all_args]}:
            return f"addn {sum(all_args)}"
        case [("a" | "b") as first, *_, last] if last != first:
            return f"ab-seq {first}..{last}"
        case [[x, *_], [y, *_]] if x == y:
            return f"same-head {x}"
        case str(s) if (n := len(s)) > 3:
            return f"long str {n}"
        case str() | bytes():
            return "short text"
        case _:
            return "other"

tests = [
    ("move", (2, 2)), ("move", (-1, 5)), ("move", (1, "z")),
    {"op": "add", "args": [1, 2]}, {"op": "add", "args": [1, 2, 3], "x": 0},
    ["a", 1, 2, "c"], ["a", "a"], [[1, 2], [1]], [[1], [2]],
    "hello", "hi", b"x", 42,
]
for t in tests:
    print(repr(t), "->", classify(t))

calls = []
def guard(v):
    calls.append(v)
    return v > 1
for v in [0, 1, 2, 3]:
    match v:
        case int() if guard(v):
            print("big", v)
        case _:
            print("small", v)
print(calls)

match (1, [2, (3, {"k": 4})]):
    case (a, [b, (c, {"k": d})]):
        print(a + b + c + d)

y = "unbound"
match 5:
    case 6 as y:
        pass
    case x if x == 99:
        pass
    case _:
        print("fell through, y =", y, "x =", x)
