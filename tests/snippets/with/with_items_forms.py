class CM:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        print("enter", self.name)
        if self.fail:
            raise RuntimeError("enter failed " + self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with (CM("c") as c, CM("d") as d,):
    print("body", c, d)
with (CM("e"), CM("f")):
    print("body2")
with (CM("g")) as g:
    print("paren single", g)
try:
    with CM("h"), CM("i", fail=True), CM("j"):
        print("never")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("k") as k, CM("l"):
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
class Suppress(CM):
    def __exit__(self, *exc):
        super().__exit__(*exc)
        return True
with Suppress("outer"), CM("inner"):
    raise KeyError("suppressed")
print("after suppress")
with CM("m") as (x):
    print(x)
with CM("n") as [p1]:
    pass
