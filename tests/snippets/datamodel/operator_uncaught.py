# An unsupported operand combination between user classes ends the program with a traceback.
class Meters:
    def __init__(self, v): self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
class Seconds:
    def __init__(self, v): self.v = v

total = Meters(1) + Meters(2)
print(total.v)
def combine(a, b):
    return a + b
print(combine(Meters(3), Meters(4)).v)
combine(Meters(1), Seconds(2))
