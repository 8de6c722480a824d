class Base:
    kind = "base"
    @classmethod
    def make(cls, *args):
        return cls.__name__, cls.kind, args
    @staticmethod
    def util(a, b=2):
        return a * b
    @classmethod
    def chain(cls):
        return cls.make("chained")

class Child(Base):
    kind = "child"

print(Base.make(1), Child.make(1, 2))
print(Child().make())
print(Child.chain())
print(Base.util(3), Child().util(3, 4))
sm = Base.__dict__["util"]
cm = Base.__dict__["make"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(5), cm.__func__(Child)[0])
print(callable(sm))
print(sm(6))
bound = Child.make
print(bound.__self__ is Child, bound.__func__ is cm.__func__)
f = staticmethod(len)
print(f.__func__ is len)

class Counter:
    n = 0
    @classmethod
    def inc(cls):
        cls.n += 1
        return cls.n
class SubCounter(Counter):
    pass
Counter.inc(); SubCounter.inc(); SubCounter.inc()
print(Counter.n, SubCounter.n)
try:
    Base.util()
except TypeError as e:
    print(type(e).__name__, e)
