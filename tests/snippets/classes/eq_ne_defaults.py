class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, A):
            return NotImplemented
        return self.v == other.v
print(A(1) == A(1), A(1) != A(1), A(1) != A(2), A(1) == 1, A(1) != "x")
print(A(1) in [A(0), A(1)], [A(2)].index(A(2)), [A(3), A(3)].count(A(3)))
print(A.__hash__ is None)
class B:
    pass
x = B()
print(x == x, x != x, x == B(), x is not B())
