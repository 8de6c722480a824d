a = [1]
b = a
a += [2]
print(a is b, b)
t = (1,)
u = t
t += (2,)
print(t is u, u, t)
s = "x"
r = s
s += "y"
print(r, s)
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return V(self.v + o)
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
class W:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("W.__add__")
        return W(self.v + o)
v = V(1)
v += 2
print(v.v)
w = W(1)
w2 = w
w += 5
print(w.v, w2.v, w is w2)
