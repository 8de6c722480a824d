# Subclassing bytes and bytearray.
class Packet(bytes):
    def __new__(cls, payload, header=b"HD"):
        return super().__new__(cls, header + payload)
    def header(self):
        return self[:2]
    def __repr__(self):
        return f"Packet({bytes(self)!r})"
p = Packet(b"data")
print(p, p.header(), type(p.header()).__name__, len(p), p == b"HDdata", type(p + b"!").__name__)
print(p.decode(), p.hex(), bytes(p), p[0], list(p[:3]), p.upper(), type(p.upper()).__name__)
print({b"HDdata": 1}[p], isinstance(p, bytes), Packet.fromhex("4142") if False else "skip")

class Buffer(bytearray):
    def append(self, x):
        print("append", x)
        super().append(x)
b = Buffer(b"ab")
b.append(99)
b.extend(b"de")
print(b, type(b).__name__, len(b), b == b"abcde", bytes(b))
b[0] = 65
del b[1]
print(b, b.pop(), b)
class Fixed(bytes):
    def __len__(self):
        return 1
print(len(Fixed(b"abc")), bytes.__len__(Fixed(b"abc")))
print(bytes(Packet(b"x")), bytearray(Packet(b"y")), Packet(b"") + Packet(b""))
