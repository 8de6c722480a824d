class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
class Repeat:
    def __init__(self, v, n):
        self.v, self.n = v, n
    def __iter__(self):
        return iter([self.v] * self.n)
print(list(Repeat("x", 3)), sorted(Repeat(2, 2)), sum(Repeat(5, 4)))
a, b = Repeat(7, 2)
print(a, b)
