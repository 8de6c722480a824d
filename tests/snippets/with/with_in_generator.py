class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
        return self.tag
    def __exit__(self, *exc):
        print("exit", self.tag)
def gen():
    with CM("gen") as t:
        yield t + "-1"
        yield t + "-2"
    print("after with in generator")
for v in gen():
    print(v)
g = gen()
print(next(g))
g.close()
print("closed early")
