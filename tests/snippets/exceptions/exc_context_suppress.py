def check(e):
    print(type(e).__name__, type(e.__context__).__name__ if e.__context__ else None,
          type(e.__cause__).__name__ if e.__cause__ else None, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v")
except ValueError as e:
    check(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as e:
    check(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v") from None
except ValueError as e:
    check(e)
e = ValueError()
print(e.__context__, e.__cause__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError()
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as err:
    print(err)
try:
    e.__context__ = "x"
except TypeError as err:
    print(err)
try:
    raise ValueError from 5
except TypeError as err:
    print(err)
class E(Exception): pass
try:
    raise E from KeyError
except E as err:
    print(type(err.__cause__).__name__)
