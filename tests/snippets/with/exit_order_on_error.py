class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow
with CM("outer", swallow=True), CM("inner"):
    print("raising")
    raise KeyError("k")
print("outer swallowed it")
class FailEnter:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with CM("first"), FailEnter():
        print("no body")
except ValueError as e:
    print("caught", e)
