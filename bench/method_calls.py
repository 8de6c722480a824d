# Method calls on instances: plain methods, inherited methods, super() calls.
class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self

    def add(self, k):
        self.n += k
        return self.n


class Doubler(Counter):
    def add(self, k):
        return super().add(2 * k)


def run():
    c = Counter()
    d = Doubler()
    total = 0
    for i in range(2_000_000):
        c.inc()
        total += c.add(i & 7)
        total += d.add(1)
        d.inc()
    return total, c.n, d.n


print(*run())
