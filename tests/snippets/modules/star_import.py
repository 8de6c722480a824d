from _helper_star import *
print(public_a, public_b)
print("not_exported" in dir(), "_private" in dir())
from _helper_nostar import *
print(visible, "_hidden" in dir())
