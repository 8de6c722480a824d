# Reading a slot that was never assigned ends the program with AttributeError.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

def show(p):
    return p.x + p.y

pt = Point(1)
print(pt.x)
print(show(pt))
