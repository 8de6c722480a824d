x = 5
print(-x, +x, ~x, --x, -(-x), not x)
print(-0.0, +(-0.0), -(1 + 2j), +True, -True, ~True)
print(-(2 ** 100), ~(2 ** 100))
class N:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "inv"
n = N()
print(-n, +n, ~n)
