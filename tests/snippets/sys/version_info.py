# sys.version_info / version / hexversion: structure, types and comparisons (values are not printed)
import sys
v = sys.version_info
print(type(v).__name__, len(v), v[:2] >= (3, 11), v.major == v[0], v.minor == v[1], v.micro == v[2], v.releaselevel == v[3], v.serial == v[4])
print(tuple(v)[:2], v.major, v.minor, isinstance(v.micro, int), v.releaselevel in ('alpha', 'beta', 'candidate', 'final'), type(v.serial).__name__)
print(v > (3, 10), v < (4,), v >= (3, 11, 0), isinstance(v, tuple), v == tuple(v))
print(type(sys.version).__name__, sys.version.startswith('%d.%d' % v[:2]), type(sys.hexversion).__name__, sys.hexversion >> 24 == v.major, (sys.hexversion >> 16) & 0xff == v.minor)
print(type(sys.api_version).__name__, type(sys.copyright).__name__)
try:
    v.major = 4
except AttributeError as e:
    print(type(e).__name__)
