# startswith / endswith with tuples, start and end (including negatives and None), and errors
s = 'hello world'
print(s.startswith('hello'), s.startswith(('x', 'he')), s.startswith(('x', 'y')), s.startswith(()))
print(s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9), s.startswith('', 11), s.startswith('', 12))
print(s.endswith('world'), s.endswith(('ld', 'x')), s.endswith('hello', 0, 5), s.endswith('hello', None, 5), s.endswith('o', -7, -5))
print(s.startswith('h', -100), s.endswith('', 5, 2), s.startswith('', 5, 2), ''.startswith(''), ''.endswith(('', 'a')))
print(b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'bc')), bytearray(b'abc').startswith(b'a', 0, 1), b'abc'.startswith(bytearray(b'b'), 1))
for f in [lambda: s.startswith(['h']), lambda: s.endswith(1), lambda: s.startswith(('h', 1)), lambda: b'a'.startswith('a'), lambda: s.startswith('h', 'x'), lambda: s.startswith()]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
