class Bag:
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
        self.own = []
    def add(self, v):
        self.shared.append(v)
        self.own.append(v)
        self.count += 1  # creates instance attr

a = Bag("a"); b = Bag("b")
a.add(1); a.add(2); b.add(3)
print(Bag.shared, a.own, b.own)
print(Bag.count, a.count, b.count)
print("count" in vars(a), "shared" in vars(a))
Bag.count = 100
c = Bag("c")
print(c.count, a.count)
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print(type(e).__name__, e)
a.shared = ["own"]
print(a.shared, b.shared)
del a.shared
print(a.shared is Bag.shared)
Bag.new_attr = "late"
print(a.new_attr, b.new_attr)
print(sorted(vars(a)))
