# struct: packing and unpacking every format code, byte orders, alignment, repeat counts.
import struct

print(struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1))
print(struct.pack(">bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1))
print(struct.pack("!hi", 1, 2), struct.pack("=hi", 1, 2), struct.pack("@hi", 1, 2), struct.pack("hi", 1, 2))
print(struct.pack("nNP", -1, 2**64 - 1, 12345))
print(struct.unpack("<bBhHiIlLqQ", bytes(range(1, 39))))
print(struct.unpack(">bBhHiIlLqQ", bytes(range(200, 238))))
print(struct.unpack("nNP", b"\xff" * 24))
for code in "bBhHiIlLqQnNPefd?cxsp":
    print(code, struct.calcsize(code), end="; ")
print()
for fmt in ["<bBhHiIlLqQefd", "@bhiq", "@qih", "@ih", "@i0q", "=bhiq", "3h2xi", " 2h i ", "10s", "10p", "0s", "5x", ""]:
    print(repr(fmt), struct.calcsize(fmt))
# floats
for x in [0.0, -0.0, 1.5, -2.25, 0.1, 1e-7, 65504.0, 1e-300, float("inf"), float("-inf")]:
    for code in "efd":
        try:
            packed = struct.pack("<" + code, x)
            print(code, x, packed, struct.unpack("<" + code, packed))
        except OverflowError as e:
            print(code, x, "OverflowError", e)
print(struct.unpack("<e", b"\x01\x00"), struct.unpack("<e", b"\xff\x03"), struct.unpack(">e", b"\x3c\x00"))
print([struct.pack("<e", x) for x in [1.0009765625, 1.00048828125, 1.00146484375, 2049.0, 2051.0, 65519.0]])
print(struct.unpack("<f", struct.pack("<f", 3.14159)))
print(str(struct.unpack("<d", struct.pack("<d", float("nan")))[0]), struct.pack(">e", float("nan")))
# strings, chars, bools, padding
print(struct.pack("3s", b"abcdef"), struct.pack("6s", b"ab"), struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"))
print(struct.pack("s", b"xyz"), struct.pack("2s", bytearray(b"q")), struct.pack("0p", b"abc"))
print(struct.unpack("5p", b"\x09abcd"), struct.unpack("5p", b"\x02abcd"), struct.unpack("3s", b"\x00a\x00"))
print(struct.pack("3c", b"a", b"b", b"c"), struct.unpack("3c", b"abc"))
print(struct.pack("???", 0, "x", []), struct.unpack("??", b"\x00\x07"))
print(struct.pack("<2xh3x", 7), struct.unpack("<2xh3x", b"..\x07\x00..."))
print(struct.pack("<4h", 1, 2, 3, 4), struct.unpack("<4h", b"\x01\x00\x02\x00\x03\x00\x04\x00"))
# objects with __index__ and bools
class Idx:
    def __index__(self):
        return 42
print(struct.pack("<iq", Idx(), True), struct.pack("<f", Idx()), struct.pack("<d", 3))
# format as bytes, unpack from bytearray and memoryview
print(struct.pack(b"<h", 5), struct.unpack(b"<h", bytearray(b"\x05\x00")), struct.unpack("<h", memoryview(b"\x06\x00")))
# unpack_from / pack_into / iter_unpack
print(struct.unpack_from("<h", b"\x00\x01\x02\x03", 1), struct.unpack_from("<h", b"\x00\x01\x02\x03", offset=2))
print(struct.unpack_from("<h", b"\x00\x01\x02\x03", -2), struct.unpack_from("<h", buffer=b"\x09\x00"))
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 1, -1)
print(buf)
struct.pack_into("<h", buf, -2, 0x4142)
print(buf)
mv = memoryview(buf)
struct.pack_into(">H", mv, 0, 0x6162)
print(buf, bytes(mv[:2]))
it = struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")
print(type(it).__name__, next(it), list(it), list(struct.iter_unpack("<h", b"")))
struct._clearcache()
print(struct.__all__[:4], struct.Struct is struct.Struct)
