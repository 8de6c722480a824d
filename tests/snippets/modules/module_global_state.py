import _helper_math
from _helper_math import square
print(_helper_math.calls)
square(1); square(2); _helper_math.square(3)
print(_helper_math.calls)
_helper_math.calls = 100
square(4)
print(_helper_math.calls)
from _helper_math import calls
print(calls)
