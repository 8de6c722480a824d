# struct: the error messages of range checks, bad formats, buffer sizes and arguments.
import struct


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(struct.error.__module__, struct.error.__name__, struct.error.__mro__)
for code in "bBhHiIlLqQnNP":
    for prefix in ["", "<", ">", "="]:
        if prefix and code in "nNP":
            attempt(struct.pack, prefix + code, 1)
            continue
        size = struct.calcsize(prefix + code)
        for value in [2**70, -2**70, 2 ** (8 * size), -1, 1.0, "1", None]:
            attempt(struct.pack, prefix + code, value)
attempt(struct.pack, "f", 1e300)
attempt(struct.pack, "<f", 1e300)
attempt(struct.pack, ">f", 3.4028236e38)
attempt(struct.pack, "e", 65520.0)
attempt(struct.pack, "<e", -1e10)
attempt(struct.pack, "d", "x")
attempt(struct.pack, "d", 2**2000)
attempt(struct.pack, "c", b"ab")
attempt(struct.pack, "c", "a")
attempt(struct.pack, "c", bytearray(b"a"))
attempt(struct.pack, "s", "a")
attempt(struct.pack, "p", 1)
attempt(struct.pack, "hh", 1)
attempt(struct.pack, "hh", 1, 2, 3)
attempt(struct.pack, "x", 1)
attempt(struct.pack)
attempt(struct.pack, 5)
attempt(struct.pack, "i", 1, x=2)
for fmt in ["y", "4", "4 h", "<P", "<n", "!N", "99999999999999999999h", "999999999999999999h", "i\x00", "Z"]:
    attempt(struct.calcsize, fmt)
attempt(struct.calcsize, 5)
attempt(struct.calcsize)
attempt(struct.unpack, "i", b"12345")
attempt(struct.unpack, "i", b"123")
attempt(struct.unpack, "i", "1234")
attempt(struct.unpack, "i", 1234)
attempt(struct.unpack, "i")
attempt(struct.unpack_from, "i", b"123456", 4)
attempt(struct.unpack_from, "i", b"123456", -10)
attempt(struct.unpack_from, "i", b"123456", -2)
attempt(struct.unpack_from, "i", b"12", -3)
attempt(struct.unpack_from, "i")
attempt(struct.unpack_from)
attempt(struct.pack_into, "i", bytearray(6), 4, 1)
attempt(struct.pack_into, "i", bytearray(6), -10, 1)
attempt(struct.pack_into, "i", bytearray(6), -2, 1)
attempt(struct.pack_into, "i", b"123456", 0, 1)
attempt(struct.pack_into, "i", memoryview(b"123456"), 0, 1)
attempt(struct.pack_into, "i", bytearray(6), 0)
attempt(struct.pack_into, "i", bytearray(6))
attempt(struct.pack_into, "i")
attempt(struct.iter_unpack, "i", b"12345")
attempt(struct.iter_unpack, "", b"12345")
attempt(struct.iter_unpack, "i")
try:
    struct.pack("b", 300)
except struct.error as e:
    print("caught", type(e), e.args)
attempt(struct.calcsize, "\u00e9")
attempt(struct.Struct, b"\xffi")
attempt(struct.pack_into, "<h", bytearray(4), 2**70, 7)
attempt(struct.pack_into, "<h", bytearray(4), 1.0, 7)
attempt(struct.unpack_from, "<h", b"1234", 2**70)
