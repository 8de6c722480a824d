def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "one or two"
        case int(n) if n < 0:
            return f"negative {n}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"list starting {first} + {len(rest)}"
        case {"kind": k}:
            return f"dict kind {k}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "other"
for v in [0, 2, -7, [1, 2], [1, 2, 3], {"kind": "k", "x": 1}, "hi", 3.5, []]:
    print(describe(v))
