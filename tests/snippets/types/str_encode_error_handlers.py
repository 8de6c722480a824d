# str.encode / bytes.decode with strict, ignore, replace, xmlcharrefreplace, backslashreplace, namereplace
s = 'aé€😀'
for enc in ['utf-8', 'latin-1', 'ascii', 'utf-16-le', 'cp1252']:
    for err in ['ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace']:
        try:
            print(enc, err, s.encode(enc, err))
        except Exception as e:
            print(enc, err, type(e).__name__, e)
for enc in ['ascii', 'latin-1', 'cp1252']:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, e.encoding, e.start, e.end, repr(e.object), e.reason)
data = b'ab\xff\xfecd\xc3'
for err in ['ignore', 'replace', 'backslashreplace', 'surrogateescape'][:3]:
    print(err, repr(data.decode('utf-8', err)), repr(data.decode('ascii', err)))
for enc in ['utf-8', 'ascii']:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.start, e.end, e.object, e.reason)
print('x'.encode(), 'x'.encode(encoding='utf-8', errors='strict'), 'ÿ'.encode('latin1'), b'\xe9'.decode('latin-1'))
print('A'.encode('UTF8'), 'A'.encode('Utf_8'), 'A'.encode('U8'), 'é'.encode('iso-8859-1'), 'é'.encode('l1'))
for bad in [lambda: 'a'.encode('nope'), lambda: b'a'.decode('nope'), lambda: 'é'.encode('ascii', 'bogus'), lambda: 'a'.encode(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
