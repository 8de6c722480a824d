"""Helper module for the modules/ snippets (not a test itself)."""
CONSTANT = 42
calls = 0
print("importing _helper_math as", __name__)
def square(x):
    global calls
    calls += 1
    return x * x
def cube(x):
    return x * square(x)
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
def fail(value):
    return helper_divide(value, 0)
def helper_divide(a, b):
    return a / b
if __name__ == "__main__":
    print("never printed when imported")
