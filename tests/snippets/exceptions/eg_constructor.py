# BaseExceptionGroup / ExceptionGroup construction and validation.
def attempt(make):
    try:
        r = make()
        print("ok", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: BaseExceptionGroup("m", [ValueError(1)]))
attempt(lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
attempt(lambda: BaseExceptionGroup("m", [KeyboardInterrupt(), ValueError()]))
attempt(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup("m", 5))
attempt(lambda: ExceptionGroup("m", {ValueError()}))
attempt(lambda: ExceptionGroup("m", []))
attempt(lambda: ExceptionGroup("m", ()))
attempt(lambda: ExceptionGroup("m", [1]))
attempt(lambda: ExceptionGroup("m", [ValueError(), "x"]))
attempt(lambda: ExceptionGroup("m", "ab"))
attempt(lambda: ExceptionGroup(1, [ValueError()]))
attempt(lambda: ExceptionGroup("m"))
attempt(lambda: ExceptionGroup())
attempt(lambda: ExceptionGroup("m", [ValueError()], 3))
attempt(lambda: ExceptionGroup("m", [ValueError()], x=3))
attempt(lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
attempt(lambda: ExceptionGroup("m", (e for e in [ValueError()])))

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(eg.message, eg.exceptions, eg.args)
print(str(eg), "|", repr(eg))
print(str(ExceptionGroup("one", (KeyError("k"),))))
print(ExceptionGroup("t", (ValueError(),)).args)
print(vars(eg))
for attr in ["message", "exceptions"]:
    try:
        setattr(eg, attr, None)
    except AttributeError as e:
        print("AttributeError:", e)
eg.__init__("other", [KeyError()])
print(eg.message, eg.args, eg.exceptions)
print(isinstance(eg, Exception), isinstance(BaseExceptionGroup("b", [SystemExit()]), Exception))
