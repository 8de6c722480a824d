class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, *args):
        print("exit", self.name)
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with (CM("x") as x,
      CM("y") as y):
    print("parenthesized", x, y)
with CM("outer"):
    with CM("inner"):
        print("nested body")
