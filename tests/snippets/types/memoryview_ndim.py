# memoryview: N-dimensional casts, multi-indexes, 0-dim views, orders, formats and errors
buf = bytearray(range(24))
m = memoryview(buf)
m3 = m.cast('B', (2, 3, 4))
print(m3.ndim, m3.shape, m3.strides, m3.nbytes, len(m3), m3.tolist()[1][2])
print(m3[1, 2, 3], m3[-1, -1, -1], m3.c_contiguous, m3.f_contiguous, m3.contiguous)
m3[0, 0, 0] = 200
print(buf[0], m3.tobytes()[:4], m3.tobytes('F')[:6], m3.tobytes('A') == bytes(buf))
h = m.cast('h', [3, 4])
print(h.format, h.itemsize, h.shape, h.strides, h[2, 3], h.tolist()[0])
rows = m3[1:]
print(rows.shape, rows.tolist()[0][0], m3[::-1].shape, m3[::-1].c_contiguous, m3[::2].strides)
back = h.cast('B')
print(back.shape, back.format, back[0], h.cast('B', [24]).shape)
z = m.cast('B', [24]).cast('i', [6])
print(z.shape, z.format)
d0 = memoryview(bytearray(b'\x07\x00\x00\x00')).cast('i', [])
print(d0.ndim, d0.shape, d0.strides, d0.tolist(), d0[()], len(d0), d0.nbytes)
d0[()] = 42
print(d0.tolist(), d0[...].tolist())
f = memoryview(bytearray(8)).cast('f')
f[0] = 1.5
f[1] = 3
print(f.tolist(), f == f, f.cast('B').tolist()[:4])
b = memoryview(bytearray(3)).cast('?')
b[0] = 5
b[2] = []
print(b.tolist())
c = memoryview(bytearray(b'xyz')).cast('c')
c[1] = b'Q'
print(c.tolist(), c[0])
q = memoryview(bytearray(16)).cast('Q')
q[0] = 2**64 - 1
q[1] = 7
print(q.tolist(), memoryview(bytes(q)).cast('q').tolist())
print(memoryview(b'\x01\x02').cast('b') == memoryview(b'\x01\x02').cast('B'),
      memoryview(b'\x01\x02').cast('h') == memoryview(b'\x01\x02'),
      memoryview(b'ab') == memoryview(b'ab').cast('c'),
      m3 == m3, m3 == buf)
nan = memoryview(bytearray(8)).cast('d')
nan[0] = float('nan')
print(nan == nan, nan.tolist())
ro = m3.toreadonly()
print(ro.readonly, ro.shape, m3.readonly, memoryview(ro).readonly)
errs = [
    lambda: m3[0], lambda: m3[0, 0], lambda: m3[0, 0, 0, 0], lambda: m3[0, 0, 9],
    lambda: m3[0:1, 0:1], lambda: m3['a'], lambda: m3.__setitem__(0, 1),
    lambda: m3.__setitem__(slice(0, 1), b'x'), lambda: m3.__setitem__((0, 0), 1),
    lambda: m3.cast('B', (4, 6)), lambda: h.cast('B', [2, 12]), lambda: m.cast('B', [0, 24]),
    lambda: m.cast('B', ['a']), lambda: m.cast('B', 24), lambda: m.cast(1), lambda: m.cast('e'), lambda: m.cast('@B').format, lambda: m.cast('=B'),
    lambda: m3[::-1].cast('B'), lambda: d0['x'], lambda: d0[0],
    lambda: c.__setitem__(0, b'ab'), lambda: c.__setitem__(0, 1), lambda: f.__setitem__(0, 'x'),
    lambda: hash(memoryview(b'abcd').cast('i')), lambda: hash(ro),
    lambda: m.__setitem__(slice(0, 2), memoryview(b'ab').cast('c')),
    lambda: m.__setitem__(slice(0, 2), b'abc'), lambda: m.__setitem__(slice(0, 2), 'ab'),
    lambda: m.__delitem__(0), lambda: m3.tobytes('X'), lambda: m[2**70],
]
for fn in errs:
    try:
        print(fn())
    except Exception as ex:
        print(type(ex).__name__, ex)
m[0:3] = b'abc'
m[3:5] = memoryview(b'de')
print(bytes(buf[:5]), memoryview.__setitem__, memoryview.__delitem__)
import struct
pk = bytearray(8)
struct.pack_into('<ii', memoryview(pk), 0, 5, -1)
print(pk, struct.unpack('<ii', memoryview(pk)))
