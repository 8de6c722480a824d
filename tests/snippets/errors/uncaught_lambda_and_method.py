class Pipeline:
    def __init__(self, steps):
        self.steps = steps
    def run(self, value):
        for step in self.steps:
            value = step(value)
        return value
p = Pipeline([lambda v: v * 2, lambda v: v - 4, lambda v: 10 // v])
print(p.run(5))
print(p.run(2))
