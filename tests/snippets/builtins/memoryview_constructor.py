# memoryview() accepts only buffer objects; views of bytes, bytearray, array and other memoryviews
print(memoryview(b'ab').tolist(), memoryview(bytearray(3)).tolist(), memoryview(memoryview(b'xyz')[1:]).tobytes())
a = bytearray(b'\x01\x02\x03')
m = memoryview(a)
print(m.format, m.itemsize, m.tolist(), len(m), m.nbytes)
m[0] = 100
print(list(a), m.obj is a, memoryview(m).obj is a)
print(memoryview(b'').tolist(), memoryview(b'abc').readonly, memoryview(bytearray(b'a')).readonly)
for v in ['str', 5, [1], None, object()]:
    try:
        memoryview(v)
    except TypeError as e:
        print(type(e).__name__, e)
for f in [lambda: memoryview(), lambda: memoryview(b'a', b'b'), lambda: memoryview(object=b'a').tobytes()]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
