import _helper_math
print(_helper_math.square(3))
print(_helper_math.fail(10))
