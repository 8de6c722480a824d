# split/rsplit with sep None and explicit separators, maxsplit values, and errors
s = '  a  b c   d  '
for m in [-1, 0, 1, 2, 10]:
    print(m, s.split(maxsplit=m), s.rsplit(maxsplit=m), s.split(' ', m), s.rsplit(' ', m))
t = 'a,b,,c,'
print(t.split(','), t.rsplit(',', 1), t.split(',', 2), t.split(',,'), t.split('a,b,,c,'), t.rsplit('x'))
print(''.split(), ''.split(','), '   '.split(), ' x '.split(None, 0), '\u3000x\u2003y'.split(), 'a\x1fb'.split())
print('aaa'.split('a'), 'aaa'.split('aa'), 'aaa'.rsplit('aa'), 'a b'.split(sep=None, maxsplit=-1))
for f in [lambda: 'a'.split(''), lambda: 'a'.rsplit(''), lambda: 'a'.split(1), lambda: 'a'.split(',', 'x'), lambda: b'a'.split(''), lambda: b'a'.split(b'')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
