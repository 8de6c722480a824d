# memoryview.cast between formats and shapes, tolist, itemsize/ndim/shape/strides, slicing and errors
import struct
data = bytearray(struct.pack('<4i', 1, -2, 3, 400000))
m = memoryview(data)
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, len(m), m.nbytes, m.contiguous, m.c_contiguous)
mi = m.cast('i')
print(mi.format, mi.itemsize, mi.shape, mi.tolist(), mi[1], mi[-1], mi[1:3].tolist(), len(mi))
mi[0] = 99
print(struct.unpack('<4i', data), m[0:4].tolist())
m2 = m.cast('B', shape=[2, 8])
print(m2.ndim, m2.shape, m2.strides, [row for row in m2.tolist()][1][:4])
mh = memoryview(b'\x01\x00\x02\x00\xff\xff').cast('h')
print(mh.tolist(), mh.readonly, mh.cast('B').tolist(), memoryview(b'ab').cast('c').tolist())
mq = memoryview(bytes(16)).cast('Q'); print(mq.tolist(), mq.itemsize)
md = memoryview(struct.pack('<2d', 1.5, -0.25)).cast('d'); print(md.tolist(), md[0])
mb = memoryview(bytes([1, 0, 2])).cast('?'); print(mb.tolist())
s = memoryview(b'0123456789')
print(s[::2].tobytes(), s[::-1].tobytes(), s[2:8:3].tobytes(), s[-3:].tolist(), s[5:2].tobytes(), bytes(s[1:4]))
errs = [lambda: m.cast('i', shape=[3]), lambda: memoryview(b'abc').cast('i'), lambda: m.cast('x'), lambda: mi.cast('h'),
        lambda: s[10], lambda: s[1:2:0], lambda: s.__setitem__(0, 1), lambda: mi.__setitem__(0, 'a'), lambda: mi.__setitem__(0, 2**40),
        lambda: m2[0], lambda: memoryview('str'), lambda: memoryview(5)]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
