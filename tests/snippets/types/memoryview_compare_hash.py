# memoryview equality with other buffers, hashing of read-only views, release and context manager
a = memoryview(b'abc')
print(a == b'abc', a == bytearray(b'abc'), a == memoryview(b'abc'), a == b'abd', a != b'ab', a == 'abc', a == [97, 98, 99])
print(hash(a) == hash(b'abc'), hash(a[1:]) == hash(b'bc'), hash(memoryview(b'')) == hash(b''))
f = memoryview(b'\x00\x00\x80\x3f').cast('f')
print(f == memoryview(b'\x00\x00\x80\x3f').cast('f'), f.tolist())
w = memoryview(bytearray(b'x'))
try:
    hash(w)
except ValueError as e:
    print(type(e).__name__, e)
a.release()
a.release()
for op in [lambda: a[0], lambda: len(a), lambda: a.tobytes(), lambda: a == a, lambda: a.format]:
    try:
        print(op())
    except ValueError as e:
        print(type(e).__name__, e)
print(repr(a)[:20].startswith('<released memory at'))
with memoryview(b'ctx') as m:
    print(m.tobytes(), m.obj)
print(m == b'ctx' if False else 'released', memoryview(b'abc').tolist(), list(memoryview(b'ab')), 98 in memoryview(b'ab'))
try:
    a < a
except TypeError as e:
    print(type(e).__name__, e)
