import codecs

for s in ['a~b\\c+d-e', '!"#$%&*;<=>@[]^_`{|}', 'a€b', 'a€-b', 'a€1', '\x00\t\n\r ', 'x😀y', '€€', '', '+', 'abc']:
    b = s.encode('utf-7'); print(repr(s), b, b.decode('utf-7') == s)
for b in [b'+', b'+A', b'+AK', b'+AKw', b'+AKw-', b'+AKx-', b'a+-b', b'+!', b'\x80', b'+AKwA-', b'+2D3eAA-', b'~', b'+AKxa', b'+AKwA-x']:
    try: print(b, repr(b.decode('utf-7')))
    except Exception as e: print(b, e)
    print(b, repr(b.decode('utf-7', 'replace')))
for b in [b'+', b'+A', b'+AKw', b'a+AKwx', b'+2D3eAA', b'a+AKw-b']:
    print(b, codecs.utf_7_decode(b, 'strict', False))
d = codecs.getincrementaldecoder('utf-7')()
print([d.decode(bytes([x])) for x in b'a+2D3eAA-b+AKw-'])
try:
    codecs.encode(1, "utf-8")
except TypeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    codecs.decode(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print("not wrapped:", e)
print(codecs.utf_7_encode("a€"), codecs.utf_7_decode(b"a+IKw-", None, True))
