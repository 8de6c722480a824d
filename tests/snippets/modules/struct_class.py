# struct.Struct: attributes, methods, subclassing, reuse.
import struct

s = struct.Struct("<hiq")
print(s.format, s.size, type(s), type(s).__name__, struct.Struct.__module__)
data = s.pack(1, -2, 3)
print(data, s.unpack(data), s.unpack_from(b"xx" + data, 2), s.unpack_from(buffer=data))
b = struct.Struct(b">HH")
print(b.format, b.size, b.pack(1, 2), b.unpack(b"\x00\x01\x00\x02"))
buf = bytearray(6)
b.pack_into(buf, 1, 0x4142, 0x4344)
print(buf)
print([x for x in b.iter_unpack(b"\x00\x01\x00\x02" * 3)])
empty = struct.Struct("")
print(empty.size, empty.pack(), empty.unpack(b""))


class Record(struct.Struct):
    def __init__(self):
        super().__init__("<3H")
        self.label = "rec"

    def total(self, data):
        return sum(self.unpack(data))


r = Record()
print(r.size, r.format, r.label, r.pack(1, 2, 3), r.total(r.pack(4, 5, 6)), isinstance(r, struct.Struct))


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(struct.Struct)
attempt(struct.Struct, 5)
attempt(struct.Struct, "i", "h")
attempt(struct.Struct, "q!")
attempt(s.pack, 1, 2)
attempt(s.unpack, b"1")
attempt(s.unpack)
attempt(s.pack, x=1)
attempt(s.unpack_from)
attempt(s.unpack_from, data, 20)
attempt(s.pack_into)
attempt(s.iter_unpack, b"123")
print(s.format == "<hiq", isinstance(s.__sizeof__(), int))
import operator

it = struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")
print(it.__length_hint__(), operator.length_hint(it), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(iter(it) is it, type(it).__name__, type(it).__module__, hasattr(it, "__next__"))
attempt(type(it))
