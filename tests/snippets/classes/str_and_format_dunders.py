class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.amount:,.2f}"
        return format(self.amount, spec)
    def __str__(self):
        return f"{self.amount} units"
m = Money(1234567.891)
print(f"{m:usd}", f"{m:.1f}", f"{m}", format(m, ""), str(m))
print("{:usd} and {}".format(m, m))
class NoFormat:
    pass
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)
