# center/ljust/rjust/zfill edge cases and fill-character errors; removeprefix/removesuffix
for w in [0, 3, 6, 7, 10]:
    print(repr('abc'.center(w)), repr('abc'.center(w, '*')), repr('ab'.center(w, '-')), repr('abc'.ljust(w, '.')), repr('abc'.rjust(w, '日')))
for s in ['42', '-42', '+42', '', '-', 'abc', '+-3', '３']:
    print(repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(-1)))
print('prefix_body'.removeprefix('prefix_'), 'body'.removeprefix('x'), 'abcabc'.removesuffix('abc'), ''.removesuffix(''), 'a'.removeprefix(''))
for f in [lambda: 'a'.center(5, 'ab'), lambda: 'a'.ljust(5, ''), lambda: 'a'.rjust(5, 1), lambda: 'a'.zfill('3'), lambda: 'a'.center(), lambda: 'a'.removeprefix(1), lambda: 'a'.center(2.0)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
