import _helper_math
print(_helper_math.square(7), _helper_math.cube(3), _helper_math.CONSTANT)
print(_helper_math.__name__, _helper_math.__doc__)
print(_helper_math.calls)
s = _helper_math.Shape()
print(s.describe(), type(s).__module__)
