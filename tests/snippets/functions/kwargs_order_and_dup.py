def f(**kw):
    return list(kw.items())
print(f(b=1, a=2, c=3))
print(f(**{"z": 0}, y=1))
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def g(a, **kw):
    return a, kw
try:
    g(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
