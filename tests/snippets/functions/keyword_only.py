def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=9))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
def g(*, only):
    return only
print(g(only="yes"))
print(f.__kwdefaults__, g.__kwdefaults__)
