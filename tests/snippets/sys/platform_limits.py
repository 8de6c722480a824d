# sys.platform, byteorder, maxsize, maxunicode and encodings on a 64-bit little-endian Linux machine
import sys
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode, hex(sys.maxunicode))
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(len(range(sys.maxsize)) == sys.maxsize, [1][sys.maxsize:] == [], chr(sys.maxunicode) == '\U0010ffff')
try:
    len(range(sys.maxsize + 1))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    chr(sys.maxunicode + 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [0] * (sys.maxsize + 1)
except OverflowError as e:
    print(type(e).__name__, e)
