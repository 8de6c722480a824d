class C:
    def __init__(self):
        self.value = 1
        self.values = 2
c = C()
try:
    c.valeu
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj is c)
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e, e.name)
def f():
    try:
        return x
    except NameError as e:
        print(e.name)
    x = 1
f()
try:
    (1).foo
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    import math
    math.sqr
except AttributeError as e:
    print(e, e.name)
e = AttributeError("custom", name="n", obj=5)
print(e.args, e.name, e.obj)
e = NameError("custom", name="zz")
print(e.args, e.name)
try:
    AttributeError("x", bogus=1)
except TypeError as e:
    print(e)
