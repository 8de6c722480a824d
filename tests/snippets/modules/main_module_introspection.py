import sys
me = sys.modules["__main__"]
value = "module global"
print(me.value, me.__name__, __name__ == "__main__")
print(sys.modules[__name__] is me)
def f():
    return "f"
print(getattr(me, "f")())
