class Base:
    def __init__(self):
        self.trail = ["Base"]
    def greet(self, x):
        return f"Base.greet({x})"
    @classmethod
    def create(cls):
        return f"create {cls.__name__}"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Mid")
    def greet(self, x):
        return "Mid+" + super(Mid, self).greet(x)
    @classmethod
    def create(cls):
        return "Mid:" + super().create()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.trail.append("Leaf")
    def greet(self, x):
        return "Leaf skip->" + super(Mid, self).greet(x)
l = Leaf()
print(l.trail, l.greet(1), Mid().greet(2), Leaf.create())
print(super(Leaf, l).greet(3))
