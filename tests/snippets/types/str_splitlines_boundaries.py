# str.splitlines recognizes every Unicode line boundary; bytes.splitlines only \n, \r, \r\n
s = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True)[:3])
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(True), 'x\n'.splitlines(), 'x\r\n\r\n'.splitlines())
b = b'a\nb\rc\r\nd\x0be\x0cf\x1cg'
print(b.splitlines(), b.splitlines(True))
print(bytearray(b'1\n2\r').splitlines(True))
print('a\nb'.split('\n'), 'a\u2028b'.split(), 'a\x1cb\x85c'.split())
print(len('\r\n'.splitlines()), [len(x) for x in 'ab\r\ncd\n\r'.splitlines(True)])
try:
    'a'.splitlines('x')
except TypeError as e:
    print(type(e).__name__, e)
