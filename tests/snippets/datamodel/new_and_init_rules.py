# __new__ vs __init__: when __init__ runs and argument checking by object.
class Other:
    pass

class ReturnsOther:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return Other()
    def __init__(self, *args):
        print("never printed")
print(type(ReturnsOther(1, 2)).__name__)

class ReturnsSub:
    def __new__(cls):
        return object.__new__(Sub)
    def __init__(self):
        print("__init__ on", type(self).__name__)
class Sub(ReturnsSub):
    pass
ReturnsSub()

class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(5).a)

class OnlyNew:
    def __new__(cls, a):
        self = super().__new__(cls)
        self.a = a
        return self
print(OnlyNew(6).a)

class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

class Neither:
    pass
for call in (lambda: Neither(1), lambda: object.__new__(Neither, 1), lambda: object(1),
             lambda: object.__new__(int), lambda: object.__new__(5)):
    try:
        call()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
try:
    OnlyInit()
except TypeError as e:
    print("TypeError:", e)
