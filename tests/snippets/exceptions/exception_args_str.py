for e in [Exception(), Exception("a"), Exception("a", 2), KeyError("k"), KeyError(), KeyError(1, 2), IndexError(3), UnicodeError("u"), StopIteration(5), SystemExit(3), GeneratorExit()]:
    print(type(e).__name__, repr(e), str(e), e.args)
print(repr(StopIteration(1, 2).value), StopIteration().value)
print(SystemExit(1, 2).code, SystemExit().code)
print(KeyboardInterrupt.__mro__)
print(BaseException.__subclasses__()[:0])
e = Exception(1)
e.args = (2, 3)
print(e.args, str(e))
e.args = [4]
print(e.args)
class E(Exception):
    def __init__(self, x):
        self.x = x
print(E(5).args, str(E(5)), repr(E(5)))
class F(Exception):
    def __str__(self):
        return "custom str"
print(str(F()), repr(F(1)))
print(repr(ValueError("it's")), repr(ValueError('say "hi"')))
