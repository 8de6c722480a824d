it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
def gen():
    yield 1
    raise StopIteration("inside")
try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def returns():
    return 42
    yield
try:
    next(returns())
except StopIteration as e:
    print("value", e.value, e.args)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()))
