class MyErr(Exception):
    def __init__(self, *a):
        print("init", a)
        super().__init__(*a)
try:
    raise MyErr
except MyErr as e:
    print(repr(e))
try:
    raise MyErr("x")
except MyErr as e:
    print(repr(e))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise object
except TypeError as e:
    print(e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print("reraised", e)
class Weird(Exception):
    def __new__(cls, *a):
        return ValueError("swapped")
try:
    raise Weird
except TypeError as e:
    print(e)
except ValueError as e:
    print("value", e)
try:
    raise StopIteration
except StopIteration as e:
    print(repr(e), e.value)
try:
    try:
        raise KeyError(1)
    except KeyError as e:
        raise e from e
except KeyError as e:
    print(e.__cause__ is e, e.__context__ is e)
