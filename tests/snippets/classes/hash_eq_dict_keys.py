class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
d = {Point(1, 2): "a"}
d[Point(1, 2)] = "b"
d[Point(2, 1)] = "c"
print(d, len(d), d[Point(2, 1)])
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), Point(1, 1) in s)
class EqNoHash:
    def __eq__(self, other):
        return True
try:
    hash(EqNoHash())
except TypeError as e:
    print("TypeError:", e)
print(EqNoHash.__hash__)
class Default:
    pass
x = Default()
print(hash(x) == hash(x), x == x, x == Default(), {x: 1}[x])
