def gen():
    yield 1
    raise ValueError("from generator")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
try:
    next(g)
except StopIteration:
    print("generator finished after exception")
def bad():
    yield 1 / 0
try:
    list(bad())
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
