class Thing:
    def compute(self, a, b):
        return a.upper() + b
t = Thing()
result = t.compute("x", 1) if True else None
