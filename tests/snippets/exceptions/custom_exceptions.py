class MyError(Exception):
    pass
class DetailedError(MyError):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise MyError("simple")
except MyError as e:
    print(type(e).__name__, e, repr(e))
try:
    raise DetailedError(404, "not found")
except MyError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))
print(issubclass(DetailedError, Exception), DetailedError.__mro__)
