Fraction = float
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o):
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        n, m = self.shape
        m2, p = o.shape
        if m != m2:
            raise ValueError("cannot multiply")
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __pow__(self, e):
        r = Matrix.identity(self.shape[0])
        b = self
        while e:
            if e & 1:
                r = r @ b
            b = b @ b
            e >>= 1
        return r
    def T(self):
        return Matrix(list(map(list, zip(*self.rows))))
    def det(self):
        n = self.shape[0]
        a = [[Fraction(x) for x in r] for r in self.rows]
        d = Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != 0), None)
            if p is None:
                return Fraction(0)
            if p != c:
                a[c], a[p] = a[p], a[c]
                d = -d
            d *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return d
    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x!s:>{w}}" for x in r) + "]" for r in self.rows)
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A @ B, 2 * A, A * 3, sep="\n---\n")
print(A.T(), A.shape, A == Matrix([[1, 2], [3, 4]]), A != B)
F = Matrix([[1, 1], [1, 0]])
print((F ** 30)[0, 1])
print(A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix([[1, 2], [2, 4]]).det())
for bad in [lambda: A + Matrix([[1]]), lambda: Matrix([[1, 2], [3]]), lambda: A @ Matrix([[1, 2, 3]]), lambda: A * A]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
