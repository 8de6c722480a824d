from _helper_math import square, CONSTANT, Shape
print(square(12), CONSTANT)
class Triangle(Shape):
    sides = 3
print(Triangle().describe())
from _helper_math import cube
print(cube(2))
