import importlib
import _helper_math
_helper_math.CONSTANT = 0
importlib.reload(_helper_math)
print(_helper_math.CONSTANT)
m = importlib.import_module("_helper_pkg.util")
print(m.NAME)
