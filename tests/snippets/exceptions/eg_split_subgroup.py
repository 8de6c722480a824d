# ExceptionGroup.split / subgroup by type, tuple of types and predicate.
def show(e):
    if e is None:
        return "None"
    if isinstance(e, BaseExceptionGroup):
        inner = ", ".join(show(x) for x in e.exceptions)
        return f"{type(e).__name__}({e.message!r}, [{inner}])"
    return repr(e)


eg = ExceptionGroup(
    "eg",
    [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])],
)
for matcher in [ValueError, (ValueError, KeyError), OSError, Exception, ExceptionGroup]:
    m, r = eg.split(matcher)
    print(getattr(matcher, "__name__", matcher), "->", show(m), "|", show(r))

m, r = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] == 3)
print("predicate:", show(m), "|", show(r))
print("subgroup:", show(eg.subgroup(KeyError)))
print("subgroup none:", show(eg.subgroup(ZeroDivisionError)))
print("whole match is self:", eg.subgroup(lambda e: True) is eg, eg.split(Exception)[0] is eg)
print("inner group as a unit:", show(eg.subgroup(lambda e: getattr(e, "message", "") == "inner")))

seen = []
eg.split(lambda e: seen.append(type(e).__name__) or False)
print("predicate calls:", seen)

# Metadata is copied to both parts.
try:
    raise eg
except ExceptionGroup as caught:
    pass
eg.__cause__ = RuntimeError("cause")
eg.__context__ = RuntimeError("context")
eg.add_note("note 1")
m, r = eg.split(ValueError)
print(m.__traceback__ is eg.__traceback__, r.__traceback__ is eg.__traceback__)
print(m.__cause__ is eg.__cause__, m.__context__ is eg.__context__, m.__suppress_context__)
print(m.__notes__, m.__notes__ == eg.__notes__, m.__notes__ is eg.__notes__)
print("leaf traceback untouched:", m.exceptions[0].__traceback__)
eg.__notes__ = 42
m, r = eg.split(ValueError)
print("non-sequence notes not copied:", hasattr(m, "__notes__"))

for bad in [3, int, (ValueError, int), "ValueError"]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    eg.split()
except TypeError as e:
    print("TypeError:", e)

beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError("v")])
m, r = beg.split(ValueError)
print(type(m).__name__, type(r).__name__, show(m), show(r))
