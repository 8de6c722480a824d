# A metaclass __call__ controls instance creation (singletons, registries, argument rewriting).
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, a.value)

class NoInstances(type):
    def __call__(cls, *args):
        return ("not an instance", cls.__name__, args)

class Thing(metaclass=NoInstances):
    def __init__(self):
        print("unreachable")
print(Thing(1, 2))

class Counting(type):
    count = 0
    def __call__(cls, *a, **k):
        Counting.count += 1
        obj = super().__call__(*a, **k)
        obj.serial = Counting.count
        return obj
class Item(metaclass=Counting):
    def __init__(self, name):
        self.name = name
items = [Item(n) for n in "xyz"]
print([(i.name, i.serial) for i in items])
print(type(Item).__name__, type(type(Item)).__name__, isinstance(Item, Counting))
# the metaclass' other methods are visible on the class but not on instances
class WithMethod(type):
    def describe(cls):
        return "class " + cls.__name__
class Z(metaclass=WithMethod):
    pass
print(Z.describe())
try:
    Z().describe()
except AttributeError as e:
    print("AttributeError:", e)
