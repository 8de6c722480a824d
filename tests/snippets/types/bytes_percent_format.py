# printf-style formatting of bytes and bytearray
print(b'%s|%b|%r|%a' % (b'ab', bytearray(b'cd'), b'q', 'é'))
print(b'%d %i %5d %-5d| %05d %+d %x %X %#x %o %c %c' % (42, -7, 3, 3, -4, 9, 255, 255, 255, 8, 65, b'z'))
print(b'%.2f %e %g %%' % (3.14159, 12345.678, 1e-9))
print(b'%(a)s-%(b)d' % {b'a': b'A', b'b': 2}, b'%s' % memoryview(b'mv'), b'%5s|%-5s|' % (b'r', b'l'))
print(bytearray(b'%s=%d') % (b'k', 1), type(bytearray(b'%s') % b'x').__name__)
print(b'%.1s' % b'xyz', b'%*d' % (4, 7), b'%s' % 5 if False else b'skip')
bad = [
    lambda: b'%s' % 'str',
    lambda: b'%s' % 5,
    lambda: b'%d' % b'1',
    lambda: b'%c' % 256,
    lambda: b'%c' % b'ab',
    lambda: b'%s %s' % (b'a',),
    lambda: b'%s' % (b'a', b'b'),
    lambda: b'%y' % 1,
    lambda: b'%(a)s' % {'a': b'x'},
]
for t in bad:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
