class Counter:
    def __init__(self):
        self.depth = 0
        self.entries = 0
    def __enter__(self):
        self.depth += 1
        self.entries += 1
        return self.depth
    def __exit__(self, *a):
        self.depth -= 1
c = Counter()
with c as d1:
    with c as d2:
        with c as d3:
            print(d1, d2, d3)
    print("depth now", c.depth)
print(c.depth, c.entries)
