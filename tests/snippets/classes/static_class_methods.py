class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.instances}"
    @staticmethod
    def helper(x, y):
        return x + y
    @classmethod
    def from_list(cls, items):
        objs = [cls() for _ in items]
        return len(objs)
class Sub(Counter):
    pass
Counter(); Counter()
print(Counter.how_many(), Sub.how_many())
print(Counter.helper(2, 3), Counter().helper(4, 5))
print(Sub.from_list([1, 2, 3]), Counter.instances)
print(type(Counter.__dict__["helper"]).__name__, type(Counter.__dict__["how_many"]).__name__)
