class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        print("__add__", other)
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        print("__radd__", other)
        return self.__add__(other)
    def __rsub__(self, other):
        return Money(other - self.cents)
print(Money(5) + 3)
print(3 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))
print(10 - Money(4))
class Sub(Money):
    def __radd__(self, other):
        print("Sub.__radd__ preferred")
        return Money(-1)
print(Money(1) + Sub(2))
try:
    "x" + Money(1)
except TypeError as e:
    print("TypeError:", e)
