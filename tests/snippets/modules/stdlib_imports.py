import math
from math import sqrt, pi
import os.path
import collections
from functools import reduce
import itertools
import string
print(sqrt(2), round(pi, 5), math.gcd(84, 36), math.inf)
print(os.path.join("a", "b", "c.txt"), os.path.splitext("x.tar.gz"), os.path.basename("/p/q.py"))
print(reduce(lambda a, b: a * b, range(1, 6)), list(itertools.accumulate([1, 2, 3])))
print(list(itertools.chain("ab", "cd")), list(itertools.product("ab", repeat=2)))
print(string.ascii_lowercase[:5], string.digits)
print(collections.Counter("aab").most_common())
