import _helper_math as hm
from _helper_math import square as sq, CONSTANT as C
print(hm.square(5), sq(6), C, hm.__name__)
import math as m, sys as system
print(m.floor(2.7), system.maxsize > 2 ** 31)
