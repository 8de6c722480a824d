# __format__ and __bytes__: format(), f-strings, str.format, bytes().
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return f"{self.c * 9 / 5 + 32:{spec[:-1]}f}F"
        return f"{self.c:{spec}}C"
t = Temp(21.5)
print(format(t), format(t, ".1F"), f"{t:>8}", f"{t!r:.8}", "{:.0F}|{}".format(t, t))
class Plain:
    pass
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{Plain():>10}"
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
class IntLike(int):
    def __format__(self, spec):
        return "IntLike:" + spec
print(format(IntLike(5), "03"), f"{IntLike(5):x}", "%d" % IntLike(5))

class Blob:
    def __bytes__(self):
        return b"\x00blob"
print(bytes(Blob()), bytearray(b"x") + bytes(Blob()))
class BadBytes:
    def __bytes__(self):
        return "str"
try:
    bytes(BadBytes())
except TypeError as e:
    print("TypeError:", e)
class BytesSub(bytes):
    def __bytes__(self):
        return b"from __bytes__"
print(bytes(BytesSub(b"raw")))
for arg in (3, [65, 66], "no encoding", 1.5):
    try:
        print(bytes(arg))
    except TypeError as e:
        print("TypeError:", e)
print(bytes("é", "utf-8"), str(b"ab", "ascii"))
