# bytes find/index/count with ints and subsequences; translate, maketrans and delete
b = b'abracadabra'
print(b.find(b'bra'), b.rfind(b'bra'), b.find(97), b.rfind(ord('a')), b.find(b'z'), b.count(b'a'), b.count(97), b.count(b''), b.find(b'', 20))
print(b.index(b'cad'), b.rindex(b'a', 0, 5), b.find(b'a', -3), b.count(b'a', 1, -1), b.find(memoryview(b'ac')), 97 in b, b'cad' in b, 300 in b'' if False else 'skip')
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b.translate(t), b.translate(None, b'a'), b.translate(t, b'r'), bytearray(b).translate(None, b'ab'))
print(bytearray.maketrans(b'a', b'b')[97], b'hello'.replace(b'l', b'L'), b'hello'.replace(b'l', b'', 1), b'aaa'.replace(b'', b'-'))
for f in [lambda: b.index(b'z'), lambda: b.rindex(122), lambda: b.find(256), lambda: b.find('a'), lambda: b.count(-1), lambda: 'a' in b,
          lambda: bytes.maketrans(b'ab', b'c'), lambda: b.translate(b'short'), lambda: 256 in b]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
