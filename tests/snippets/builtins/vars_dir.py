class Config:
    alpha = 1
    beta = "two"
    def method(self):
        pass
c = Config()
c.gamma = 3
c.delta = [4]
print(vars(c))
print(sorted(k for k in vars(Config) if not k.startswith("__")))
print([n for n in dir(Config) if not n.startswith("__")])
print([n for n in dir(c) if not n.startswith("__")])
import math
print("sqrt" in dir(math), "pi" in vars(math))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
def f():
    a = 1
    b = 2
    return sorted(dir())
print(f())
