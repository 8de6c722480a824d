x = 5
if x is 1:
    pass
if x is not "a" < "b":
    pass
y = x is ()
z = x is None, x is True, x is ...
def f():
    return x is not b"x"
try:
    "abc"()
except TypeError as e:
    print(e)
try:
    [1, 2](3)
except TypeError as e:
    print(e)
try:
    (1, 2)()
except TypeError as e:
    print(e)
try:
    f"x{x}"()
except TypeError as e:
    print(e)
try:
    {1: 2}()
except TypeError as e:
    print(e)
try:
    (i for i in [])()
except TypeError as e:
    print(e)
print(x is 1 if x else 0)
assert x is not 7
print("done")
raise SystemExit(3)  # a non-zero exit makes the harness compare stderr (the warnings)
