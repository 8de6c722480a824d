import codecs

samples = ["", "abc", "héllo wörld", "€100", "日本語", "emoji \U0001f600 ok"]
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
            "unicode_escape", "raw_unicode_escape"]:
    for s in samples:
        b = s.encode(enc)
        assert b.decode(enc) == s, (enc, s)
        print(enc, repr(s), b)

for enc in ["latin-1", "cp1252", "iso8859_15", "cp437", "mac_roman"]:
    s = "caf\xe9"
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)

print(codecs.utf_8_decode(b"ab\xe2\x82", None, False))
print(codecs.utf_8_decode(b"ab\xe2\x82\xac", None, True))
print(codecs.utf_8_encode("x\u20ac"))
print(codecs.latin_1_decode(b"\xe9\xff"), codecs.ascii_encode("abc"))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00a"), codecs.utf_16_ex_decode(b"\xff\xfea\x00"))
print(codecs.utf_16_le_decode(b"a\x00b", None, False))
print(codecs.utf_32_be_encode("a"), codecs.utf_16_encode("a"))
print(codecs.charmap_decode(b"\x00\x01\x02", "strict", "xyz"))
print(codecs.charmap_encode("zyx", "strict", {ord("x"): 0, ord("y"): 1, ord("z"): b"ZZ"}))
print(codecs.escape_decode(b"a\\x41\\n\\101\\'"))
print(codecs.escape_encode(b"a'\n\x00\xff"))
print(codecs.unicode_escape_decode(b"\\t\\x41\\u20ac\\U0001f600\\N"[:-2]))
print(codecs.raw_unicode_escape_decode(b"\\u20ac\\n"))
print(codecs.readbuffer_encode(b"xyz"), codecs.readbuffer_encode("xyz"))
print(bytes("abc", "utf-16-be"), str(b"\xe9", "latin-1"))
print(b"\xef\xbb\xbfhi".decode("utf-8-sig"), "hi".encode("utf-8-sig"))
