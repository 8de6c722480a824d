class Circle:
    def __init__(self, r):
        self.radius = r
    def area(self):
        return 3.14159 * self.raduis ** 2
c = Circle(2)
print(c.radius)
print(c.area())
