try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e))
    print(repr(e.__context__))
    print(e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    finally:
        raise RuntimeError("in finally")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
e = ValueError("plain")
print(e.__context__, e.__cause__, e.__traceback__)
