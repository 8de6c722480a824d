class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point3(0, 0, 0):
            return "origin3"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, 0):
            return f"on x axis {x}"
        case Point3(z=z) if z > 5:
            return f"high {z}"
        case Point():
            return "somewhere"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s}"
        case [Point(x=a), Point(x=b)]:
            return f"two points {a} {b}"
        case dict(d):
            return f"dict {d}"
        case _:
            return "unknown"
for v in [Point3(0, 0, 0), Point(0, 0), Point(0, 4), Point(3, 0), Point3(1, 1, 9), Point(1, 1), 5, 2.5, "s", [Point(1, 2), Point(3, 4)], {"k": 1}, None]:
    print(where(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print(e)
class BadArgs:
    __match_args__ = ["a"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(e)
match True:
    case bool(b):
        print("bool", b)
match (1, 2):
    case tuple((a, b)):
        print("tuple", a, b)
