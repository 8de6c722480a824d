b = b"Hello, World"
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.startswith(b"Hell"), b.endswith(b"d"), b.strip(b"Hd"), b[::-1], b[0], b[:5])
print(b.hex(), bytes.fromhex("48 65 6c"), b"".join([b"a", b"b"]), b"-".join((b"x", b"y")))
print(b.decode(), b"%d-%s" % (5, b"x"), b"abc".center(7, b"*"))
print(b"  pad ".strip(), b"a,b".partition(b","), b"ABC".isupper(), b"123".isdigit())
print(list(b"hi"), bytes([104, 105]), b"x" * 3, b"ab" + b"cd", b"b" in b"abc", 98 in b"abc")
print(b"\x00\xff".hex(), b"abc".hex(":"), int.from_bytes(b"\x01\x00", "big"))
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
