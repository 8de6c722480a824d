# bytearray() and bytes() constructors from ints, strings with encodings, iterables, buffers and errors
print(bytearray(), bytearray(3), bytearray(b'ab'), bytearray('é', 'utf-8'), bytearray('é', encoding='latin-1'), bytearray([1, 2, 255]))
print(bytearray(range(3)), bytearray(memoryview(b'mv')), bytearray(bytearray(b'copy')), bytearray(iter([65, 66])), bytearray('x', 'ascii', 'strict'))
print(bytes(2), bytes([1]), bytes('ab', 'ascii'), bytes(b'x'), bytes(bytearray(b'y')), bytes(), bytes(memoryview(b'z')))
class Idx:
    def __index__(self):
        return 2
class WithBytes:
    def __bytes__(self):
        return b'custom'
print(bytearray(Idx()), bytes(Idx()), bytes(WithBytes()), bytearray(b'%d' % 5))
errs = [lambda: bytearray('str'), lambda: bytearray(-1), lambda: bytearray([256]), lambda: bytearray([-1]), lambda: bytearray(['a']),
        lambda: bytearray(1.5), lambda: bytearray(5, 'utf-8'), lambda: bytearray(b'a', 'utf-8'), lambda: bytes('a', 'nope'),
        lambda: bytes(-5), lambda: bytes(None), lambda: bytearray('é', 'ascii'), lambda: bytes(errors='strict')]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
