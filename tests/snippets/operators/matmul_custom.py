class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return M(self.v * other.v)
    def __rmatmul__(self, other):
        return M(other * self.v)
    def __imatmul__(self, other):
        self.v += other.v
        return self
    def __repr__(self):
        return f"M({self.v})"
a, b = M(2), M(5)
print(a @ b, 3 @ b)
a @= b
print(a)
