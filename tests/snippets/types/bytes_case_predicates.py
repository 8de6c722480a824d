# bytes/bytearray case methods, predicates and padding (ASCII-only semantics)
for b in [b'Hello World', b'hELLO wORLD 123', b'\xe9t\xe9', b'', b'ABC', b'abc', b'123', b' \t\n', b'Title Case', b'a1']:
    print(b, b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(),
          b.isalpha(), b.isalnum(), b.isdigit(), b.islower(), b.isupper(), b.isspace(), b.istitle(), b.isascii())
ba = bytearray(b'mixed Case')
print(ba.upper(), ba.title(), type(ba.upper()).__name__, ba.center(14, b'*'), ba.ljust(12), ba.rjust(12, b'.'), ba.zfill(12))
print(b'-12'.zfill(6), b'ab'.center(5), b'a\tb'.expandtabs(4), b'x'.ljust(3, bytearray(b'_')))
for f in [lambda: b'a'.center(5, b'ab'), lambda: b'a'.ljust(5, '*'), lambda: b'a'.zfill('3')]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
