e = ValueError("base")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print(err)
class E(Exception):
    pass
x = E()
print(hasattr(x, "__notes__"))
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("added while handling")
        raise
except KeyError as k:
    print(k.__notes__)
raise TypeError("with notes").with_traceback(None) if False else ValueError("final")
