class C:
    shared = []
    count = 0
    def __init__(self):
        self.own = []
a, b = C(), C()
a.shared.append(1)
a.own.append(2)
print(b.shared, b.own)
a.count = 10
print(a.count, b.count, C.count)
C.count = 5
print(a.count, b.count)
del a.count
print(a.count)
print("count" in a.__dict__, "count" in C.__dict__)
C.new_attr = "added later"
print(b.new_attr)
