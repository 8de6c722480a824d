class Box:
    def __init__(self):
        self.count = 0
b = Box()
b.count += 5
b.count *= 3
print(b.count)
d = {"k": 1}
d["k"] += 10
d["new"] = d.get("new", 0) + 1
print(d)
l = [1, 2, 3]
l[0] += 100
l[-1] -= 1
l[1] **= 3
print(l)
m = [[1, 2], [3, 4]]
m[1][0] *= 10
print(m)
calls = []
def key():
    calls.append("key")
    return "k"
d[key()] += 1
print(d, calls)
