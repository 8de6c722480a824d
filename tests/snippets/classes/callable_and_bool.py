class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
    def __bool__(self):
        return self.k != 0
double = Multiplier(2)
zero = Multiplier(0)
print(double(21), list(map(double, "ab")))
print(bool(double), bool(zero), "yes" if zero else "no", not zero)
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Sized(0)), bool(Sized(3)))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
