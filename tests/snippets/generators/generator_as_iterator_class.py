# Generators as __iter__ implementations and iterator protocol interplay.
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def __reversed__(self):
        for c in reversed(self.children):
            yield from reversed(c)
        yield self.value

t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), list(reversed(t)), 3 in t, max(t), sorted(t, reverse=True))
it = iter(t)
print(iter(it) is it, next(it), list(it), list(it))
a, *rest = t
print(a, rest)
print(dict(zip(t, "abcd")), list(map(str, t)), [x for x in t if x % 2])

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), list(zip(c, c)))
import itertools
print(list(itertools.islice(Countdown(10), 2, 5)), list(itertools.chain(Countdown(2), Countdown(1))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.takewhile(lambda v: v < 30, fib())))
