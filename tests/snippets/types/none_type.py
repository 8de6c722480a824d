print(None, repr(None), str(None), type(None).__name__, bool(None))
print(None is None, None == None, None != 0, None == False, [None] * 2)
def f():
    pass
print(f() is None, {}.get("x") is None, print() is None)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    n = None
    n[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in None:
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(None)() is None)
