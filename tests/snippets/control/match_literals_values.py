import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Consts:
    LIMIT = 10
def lit(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "float"
        case 2 + 3j:
            return "complex"
        case "s" | "t":
            return "s or t"
        case b"bytes":
            return "bytes"
        case Color.RED:
            return "red"
        case Consts.LIMIT:
            return "limit"
        case _:
            return "default"
for v in [None, True, False, 0, 0.0, 1, -1, 1.5, 2 + 3j, "s", "t", b"bytes", Color.RED, Color.GREEN, 10, 10.0, "x"]:
    print(repr(v), lit(v))
def orpat(x):
    match x:
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case [1, _] | [_, 1] as has_one:
            return f"has one {has_one}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
    return "nothing"
for v in [2, [1, 9], [9, 1], "hi", b"b", 7]:
    print(orpat(v))
x = 5
match x:
    case y:
        print("captured", y)
print(y)
match 3:
    case 1:
        pass
print("no match falls through")
