def f(n):
    raise ValueError(n)
def collect():
    excs = []
    for i in range(3):
        try:
            f(i)
        except ValueError as e:
            excs.append(e)
    inner = ExceptionGroup("inner", excs[:2])
    try:
        raise inner
    except ExceptionGroup as g:
        inner = g
    raise ExceptionGroup("outer", [inner, excs[2], KeyError("k")])
try:
    collect()
except ExceptionGroup as e:
    import sys
    print(repr(e))
try:
    try:
        raise ExceptionGroup("ctx", [OSError(5, "io")])
    except ExceptionGroup:
        raise ExceptionGroup("chained", [RuntimeError("r")])
except ExceptionGroup as e:
    pass
def deep(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level{n}", [deep(n - 1)])
e1 = deep(12)
wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
x = ValueError("with note")
x.add_note("a note")
try:
    raise TypeError("cause")
except TypeError as c:
    y = KeyError("caused")
    y.__cause__ = c
z = ExceptionGroup("notes", [x, y])
z.add_note("group note\nsecond line")
raise ExceptionGroup("top", [e1, wide, z, SyntaxError("bad", ("f.py", 1, 2, "xx yy\n"))]) from RuntimeError("outer cause")
