# hash() of numbers agrees across int, float, complex, Fraction and Decimal, with CPython's exact values
import sys
M = sys.hash_info.modulus
vals = [0, 1, -1, -2, 2**61 - 1, 2**61, 2**61 + 1, -(2**61), 2**64, 10**30, -(10**30), 2**100 + 7]
print([hash(v) for v in vals])
print([hash(f) for f in [0.0, -0.0, 0.5, 1.5, -2.25, 1e100, 1e-100, 2.0**61, 3.14159, float('inf'), float('-inf')]])
def ratio_hash(n, d):
    h = abs(n) % M * pow(d, -1, M) % M
    h = -h if n < 0 else h
    return -2 if h == -1 else h
print(ratio_hash(1, 2) == hash(0.5), ratio_hash(3, 1) == hash(3), ratio_hash(1, 3), ratio_hash(-1, 3), ratio_hash(10**20, 7))
print(hash(1 + 0j) == hash(1), hash(1j), hash(2 - 3j), hash(complex(0.5, 0.25)))
print(hash(True) == hash(1), hash(2**61 - 1) == 0, hash(-1) == -2, hash(M) == 0, hash(M + 5) == 5, hash(-(M + 5)) == -5)
for x in [0.1, 1/3, 123.456, -7.75, 1e16 + 1]:
    print(hash(x) == ratio_hash(*x.as_integer_ratio()), hash(x))
class N:
    def __hash__(self):
        return 2**70
class Neg:
    def __hash__(self):
        return -1
class BadH:
    def __hash__(self):
        return 'x'
print(hash(N()), hash(Neg()))
try:
    hash(BadH())
except TypeError as e:
    print(type(e).__name__, e)
