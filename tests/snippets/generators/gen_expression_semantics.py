# Generator expressions: early evaluation of the first iterable, laziness, and exhaustion.
def source(tag):
    print("evaluating source", tag)
    return [1, 2, 3]

g = (x * 2 for x in source("outer") for y in source("inner"))
print("created")
print(next(g))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(lazy, "exhausted after error"))
squares = (n * n for n in range(4))
print(sum(squares), sum(squares), list(squares))
print(type(x for x in ()).__name__, (x for x in ()).__name__, (x for x in ()).__qualname__)
def outer():
    return (x for x in range(2))
print(outer().__qualname__)
data = [1, 2]
gen = (d for d in data)
data.append(3)
print(list(gen))
data = [9]
print(list(d for d in data))
print(max((len(s) for s in ["a", "bbb", "cc"]), default=0), any(x > 2 for x in [1, 3]), "".join(c.upper() for c in "ab"))
g2 = (i for i in range(3))
print(g2.send(None), g2.throw(ValueError) if False else next(g2))
g2.close()
print(list(g2))
