class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM("a") as x, CM("b", suppress=True) as y:
    print("body", x, y)
    raise ValueError("inner")
print("after suppress")

try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

def f():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 1:
                return "returned"
            continue
print(f())

class Replace:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with Replace():
        raise ValueError("orig")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)

class EnterFails:
    def __enter__(self): raise OSError("nope")
    def __exit__(self, *a):
        print("never")
try:
    with EnterFails():
        print("never body")
except OSError as e:
    print(type(e).__name__, e)

class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    1 / 0
print("suppressed by truthy string")
