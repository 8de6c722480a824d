import _helper_math
import os
print(os.path.basename(_helper_math.__file__))
print(sorted(n for n in dir(_helper_math) if not n.startswith("__")))
print(type(_helper_math).__name__, callable(_helper_math.square))
_helper_math.new_attr = "added"
print(_helper_math.new_attr, getattr(_helper_math, "CONSTANT"))
print(vars(_helper_math)["CONSTANT"])
