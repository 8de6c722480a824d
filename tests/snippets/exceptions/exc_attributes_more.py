# OSError errno mapping, args/str of various exceptions, add_note, with_traceback, StopIteration.value.
import errno
e = OSError(errno.ENOENT, "No such file", "x.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
print(type(OSError(errno.EEXIST, "exists")).__name__, type(OSError(errno.EACCES, "a")).__name__)
print(OSError("just one").errno, OSError(1, 2, 3, 4, 5).args)
k = KeyError("k")
print(str(k), repr(k), str(KeyError()), str(KeyError("a", "b")))
try:
    raise ValueError("bad")
except ValueError as err:
    err.add_note("first note")
    err.add_note("second")
    print(err.__notes__)
    tb = err.__traceback__
print(type(tb).__name__, tb.tb_lineno > 0, ValueError("x").with_traceback(None).__traceback__)
s = StopIteration(42)
print(s.value, StopIteration().value)
try:
    ValueError().add_note(5)
except TypeError as e:
    print("TypeError:", e)
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid").reason)
print(AttributeError("m", name="n", obj=3).name, NameError("q", name="z").name)
