import codecs

dec = codecs.getincrementaldecoder("utf-8")()
out = []
for b in [b"h", b"\xc3", b"\xa9", b"\xe2\x82", b"\xac", b"\xf0\x9f", b"\x98", b"\x80!"]:
    out.append(dec.decode(b))
out.append(dec.decode(b"", final=True))
print(out)
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"a\xe2")))
try:
    dec.decode(b"", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
dec.reset()
print(repr(dec.decode(b"ok")))

enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), enc.encode("", final=True))
dec = codecs.getincrementaldecoder("utf-16")()
print([dec.decode(bytes([x])) for x in b"\xff\xfea\x00\x3d\xd8\x00\xdeb\x00"])

print(list(codecs.iterdecode([b"a\xe2", b"\x82", b"\xacb", b""], "utf-8")))
print(list(codecs.iterencode(["a", "\u20ac", "b"], "utf-16-be")))
print(list(codecs.iterdecode([b"\xe9", b"\x80"], "cp1252")))

dec = codecs.getincrementaldecoder("utf-8")(errors="replace")
print(dec.decode(b"a\xffb\xe2", final=True))
enc = codecs.getincrementalencoder("ascii")(errors="backslashreplace")
print(enc.encode("x\u20ac"))

# StreamReader / StreamWriter over a bytes buffer-like object
class Buf:
    def __init__(self, data=b""):
        self.data = data
        self.pos = 0
    def read(self, n=-1):
        if n < 0:
            n = len(self.data) - self.pos
        r = self.data[self.pos:self.pos + n]
        self.pos += len(r)
        return r
    def write(self, b):
        self.data += b

w = codecs.getwriter("utf-8")(Buf())
w.write("h\xe9llo ")
w.writelines(["\u20ac", "!"])
print(w.stream.data)
r = codecs.getreader("utf-8")(Buf("h\xe9llo\nw\xf6rld\n".encode()))
print(r.readline(), r.read())
