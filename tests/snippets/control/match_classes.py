class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point():
            return "elsewhere"
        case (a, b):
            return f"tuple {a} {b}"
    return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), (1, 2), "nope"]:
    print(where(p))
