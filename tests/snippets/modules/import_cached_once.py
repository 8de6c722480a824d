import sys
import _helper_math
import _helper_math
import _helper_math as again
print(again is _helper_math, "_helper_math" in sys.modules)
print(sys.modules["_helper_math"] is _helper_math)
from _helper_math import square
square(2)
print(_helper_math.calls)
