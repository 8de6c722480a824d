# bytes split/rsplit/strip/partition families, with bytes and bytearray arguments
b = b'  a,b,,c  '
print(b.split(), b.split(b','), b.rsplit(b',', 1), b.split(maxsplit=0), b.strip(), b.lstrip(), b.rstrip(b' c'))
print(b.strip(b' a'), b'xxhixx'.strip(b'x'), b'xyhiyx'.strip(bytearray(b'xy')), b'\x00a\x00'.strip(b'\x00'))
print(b'k=v=w'.partition(b'='), b'k=v=w'.rpartition(b'='), b'none'.partition(b'='), b'none'.rpartition(b'='))
ba = bytearray(b'one two three')
parts = ba.split()
print(parts, type(parts[0]).__name__, ba.partition(b' '), type(ba.partition(b' ')[0]).__name__)
print(b'a\x0bb\x1cc'.split(), b'a  b'.split(b' '), b''.split(), b''.split(b','), b'abc'.split(b'abc'))
print(b'a b'.removeprefix(b'a '), b'a b'.removesuffix(b' b'), bytearray(b'ab').removeprefix(b'a'))
for f in [lambda: b'a'.split(b''), lambda: b'a'.strip('a'), lambda: b'a'.partition(b''), lambda: b'a'.split(1), lambda: b'a'.partition('a')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
