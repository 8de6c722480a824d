from functools import reduce
from itertools import permutations
import operator

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
        if any(len(r) != self.m for r in self.rows):
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(map(operator.mul, r, c)) for c in cols] for r in self.rows])

    def __mul__(self, k):
        return Matrix([[k * x for x in r] for r in self.rows])
    __rmul__ = __mul__

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def T(self):
        return Matrix(zip(*self.rows))

    def minor(self, i, j):
        return Matrix([r[:j] + r[j + 1:] for k, r in enumerate(self.rows) if k != i])

    def det(self):
        if self.n != self.m:
            raise ValueError("det of non-square matrix")
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * self.minor(0, j).det() for j in range(self.m))

    def det_leibniz(self):
        def sign(p):
            s = 1
            p = list(p)
            for i in range(len(p)):
                while p[i] != i:
                    j = p[i]
                    p[i], p[j] = p[j], p[i]
                    s = -s
            return s
        return sum(sign(p) * reduce(operator.mul, (self.rows[i][p[i]] for i in range(self.n)), 1)
                   for p in permutations(range(self.n)))

    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)

A = Matrix([[2, -1, 0, 3], [1, 4, -2, 0], [0, 5, 1, -1], [3, 0, 2, 2]])
print(A)
print("det", A.det(), A.det_leibniz(), A.T().det())
B = Matrix([[1, 2], [3, 4]])
print(B @ B == B ** 2, B ** 5)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print("fib30", fib[0, 1])
print(2 * B + B * 3)
for bad in (lambda: Matrix([[1, 2], [3]]), lambda: B @ Matrix([[1, 2, 3]]), lambda: Matrix([[1, 2]]).det()):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
H = Matrix([[1 / (i + j + 1) for j in range(3)] for i in range(3)])
print(f"hilbert det {H.det():.6e}")
