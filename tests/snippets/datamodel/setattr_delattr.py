# __setattr__/__delattr__ overrides and object.__setattr__ rules.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen ({name})")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")

f = Frozen(1)
print(f.x)
for action in (lambda: setattr(f, "x", 2), lambda: delattr(f, "x")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)

class Tracked:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
t = Tracked()
t.a = 1
t.a += 1
del t.a
try:
    del t.a
except AttributeError as e:
    print("AttributeError:", e)

for target, name in ((1, "x"), ("s", "y"), (int, "z"), (object(), "w")):
    try:
        setattr(target, name, 0)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    object.__setattr__(int, "real", 0)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(object(), "nothing")
except AttributeError as e:
    print("AttributeError:", e)
