def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")
for v in g():
    print(v)
    break
print("after break")
def h():
    try:
        yield "a"
    finally:
        return "swallowed"
x = h()
print(next(x))
try:
    next(x)
except StopIteration as e:
    print("StopIteration value:", e.value)
