class A:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
a = A(5)
m = a.get
print(m(), m.__self__ is a, m.__func__ is A.get, m.__name__)
print(A.get(a), type(m).__name__)
b = A(6)
print(list(map(A.get, [a, b])))
print(a.get == a.get, a.get == b.get)
f = [].append
f(1)
print(type(f).__name__)
