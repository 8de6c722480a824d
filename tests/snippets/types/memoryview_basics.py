# memoryview over bytes and bytearray: indexing, slicing with steps, assignment, cast, release.
b = b"hello world"
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:5]), m[::2].tobytes(), m[::-1].tobytes(), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(m.tolist()[:3], m.hex(), m == b, m == b"x", m != b, m.obj is b, hash(m) == hash(b))
try:
    m[0] = 1
except TypeError as e:
    print("TypeError:", e)
ba = bytearray(b"abcdef")
mv = memoryview(ba)
mv[0] = 65
mv[1:3] = b"XY"
print(ba, mv.readonly, bytes(mv[::-2]))
try:
    mv[0:2] = b"xyz"
except ValueError as e:
    print("ValueError:", e)
try:
    mv[10]
except IndexError as e:
    print("IndexError:", e)
try:
    mv[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    hash(mv)
except ValueError as e:
    print("ValueError:", e)
with memoryview(b"abc") as w:
    print(w[1], bytes(w))
try:
    len(w)
except ValueError as e:
    print("ValueError:", e)
print(repr(w).startswith("<released memory at"))
c = memoryview(b"\xff\x01").cast("b")
print(c.tolist(), c.format, memoryview(b"ab").cast("c").tolist())
print(bytearray(memoryview(b"xyz")), b"-".join([memoryview(b"a"), b"b"]), list(memoryview(b"hi")))
try:
    memoryview(5)
except TypeError as e:
    print("TypeError:", e)
print(memoryview(m[2:])[1:3].tobytes(), isinstance(m, memoryview), type(m).__name__)
