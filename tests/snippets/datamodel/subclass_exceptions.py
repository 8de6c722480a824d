# Subclassing exceptions: args, __str__/__repr__ overrides, extra attributes, __init__ quirks.
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

try:
    raise AppError(404, "not found")
except AppError as e:
    print(e, repr(e), e.args, e.code, isinstance(e, Exception))

class NoSuperInit(ValueError):
    def __init__(self, a, b):
        self.a = a
e = NoSuperInit(1, 2)
print(e.args, str(e), repr(e), e.a)

class WithRepr(KeyError):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("k")), str(WithRepr("k")), str(KeyError("k")), str(KeyError()))

class Multi(Exception):
    pass
print(str(Multi()), str(Multi(1)), str(Multi(1, 2)), repr(Multi(1, 2)))
m = Multi("x")
m.args = ("changed", 3)
print(m, m.args)
m.note = "anything"
print(m.note, m.__dict__)

class Base(Exception): pass
class Child(Base): pass
try:
    raise Child("c")
except Base as e:
    print("caught as Base:", type(e).__name__, type(e).__mro__[-3].__name__)

class Ctx(OSError):
    pass
o = Ctx(2, "No such file")
print(o.errno, o.strerror, str(o), type(OSError(2, "x")).__name__)
class Custom(LookupError):
    def __init__(self):
        super().__init__("fixed message")
try:
    raise Custom
except LookupError as e:
    print(e, e.__class__.__name__, e.__traceback__ is not None)
class Stop(StopIteration):
    pass
def g():
    yield 1
    raise Stop("v")
try:
    list(g())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
print(issubclass(AppError, BaseException), AppError.__bases__, Exception.__subclasses__()[0].__name__)
raise AppError(500, "server exploded")
