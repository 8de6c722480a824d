import math
from abc import ABC, abstractmethod

class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def scale(self, k):
        raise NotImplementedError(f"{type(self).__name__} cannot scale")

    def __lt__(self, other):
        return self.area() < other.area()

    def __str__(self):
        return f"{self.name:<10} area={self.area():>9.3f} perim={self.perimeter():>8.3f}"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.radius = r

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, r):
        if r <= 0:
            raise ValueError(f"radius must be positive, got {r}")
        self._r = r

    @property
    def diameter(self):
        return 2 * self._r

    def area(self):
        return math.pi * self._r ** 2

    def perimeter(self):
        return 2 * math.pi * self._r

    def scale(self, k):
        return Circle(self._r * k)

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scale(self, k):
        return type(self)(*(v * k for v in self._dims()))

    def _dims(self):
        return self.w, self.h

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, "square")

    def _dims(self):
        return (self.w,)

class Triangle(Shape):
    def __init__(self, a, b, c):
        if max(a, b, c) >= a + b + c - max(a, b, c):
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * math.prod(s - x for x in self.sides))

    @property
    def kind(self):
        n = len(set(self.sides))
        return {1: "equilateral", 2: "isosceles", 3: "scalene"}[n]

shapes = [Circle(1), Rect(3, 4), Square(2.5), Triangle(3, 4, 5), Triangle(2, 2, 2), Circle(0.5)]
for s in sorted(shapes):
    print(s)
print("total area", f"{sum(s.area() for s in shapes):.4f}", "count", Shape.count)
print([s.kind for s in shapes if isinstance(s, Triangle)], shapes[0].diameter)
big = [s.scale(2) for s in shapes if not isinstance(s, Triangle)]
print([f"{type(b).__name__}:{b.area():.2f}" for b in big])
try:
    shapes[3].scale(2)
except NotImplementedError as e:
    print("NotImplementedError:", e)
c = shapes[0]
c.radius = 3
print(f"{c.area():.3f}", c.diameter)
for bad in (lambda: setattr(c, "radius", -1), lambda: Triangle(1, 2, 3), lambda: setattr(c, "diameter", 4)):
    try:
        bad()
    except (ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(round(s.perimeter(), 2))
print(by_type, issubclass(Square, Shape), Square.__mro__.index(Shape))
