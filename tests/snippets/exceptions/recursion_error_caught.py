def infinite(n):
    return infinite(n + 1) + 1
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
class Deep:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Deep().a
except RecursionError as e:
    print("getattr recursion:", e)
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print("mutual:", e)
print("recovered fine")
