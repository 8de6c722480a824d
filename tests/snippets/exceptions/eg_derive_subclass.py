# Subclasses of ExceptionGroup: derive() decides the type of split results.
class PlainEG(ExceptionGroup):
    pass


m, r = PlainEG("plain", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__)


class CodedEG(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)

    def derive(self, excs):
        print("derive called with", len(excs), "exception(s)")
        return CodedEG(self.message, excs, self.code)


eg = CodedEG("coded", [ValueError(1), TypeError(2), ValueError(3)], code=42)
m, r = eg.split(ValueError)
print(type(m).__name__, m.code, repr(m), repr(r), r.code)
print(str(eg), "|", repr(eg))

try:
    raise eg
except* TypeError as caught:
    print("caught", type(caught).__name__, caught.code, caught.exceptions)
except* ValueError as caught:
    print("caught", type(caught).__name__, caught.code, caught.exceptions)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42


try:
    BadDerive("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)


class MyBEG(BaseExceptionGroup):
    pass


print(repr(MyBEG("m", [ValueError()])), type(MyBEG("m", [KeyboardInterrupt()])).__name__)
try:
    class MyEG(ExceptionGroup):
        pass
    MyEG("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)

print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
d = ExceptionGroup("d", [ValueError(1)]).derive([TypeError(2), KeyError(3)])
print(type(d).__name__, repr(d), d.message)
print(repr(BaseExceptionGroup("x", [KeyboardInterrupt()]).derive([ValueError()])))
