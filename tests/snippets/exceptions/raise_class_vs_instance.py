try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError()
except ValueError as e:
    print(repr(e))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise object
except TypeError as e:
    print("TypeError:", e)
class NotAnError:
    pass
try:
    raise NotAnError()
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
