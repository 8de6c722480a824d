import codecs
import encodings
import encodings.aliases

print(encodings.normalize_encoding("Latin-1 "), encodings.normalize_encoding("utf 8"))
print(encodings.aliases.aliases["latin1"], encodings.aliases.aliases["u8"])
print(encodings.search_function("cp1252").name)
print(encodings.search_function("definitely_not") is None)

s = "Œuvre – “quoted” €5 ™"
b = s.encode("cp1252")
print(b, b.decode("cp1252") == s)
print(bytes(range(0x80, 0xa0)).decode("cp1252", "replace"))
print("ÿ\x00é".encode("latin-1"), bytes(range(250, 256)).decode("latin-1"))
print(bytes(range(0x80, 0x90)).decode("cp437"))
print("привет".encode("koi8_r"), "привет".encode("cp1251"), "привет".encode("iso8859_5"))
print(b"\xcf\xf0\xe8\xe2\xe5\xf2".decode("cp1251"))

for enc in ["utf-16", "utf-32"]:
    b = "hi".encode(enc)
    print(enc, b, b.decode(enc))
print(b"\xfe\xff\x00h\x00i".decode("utf-16"), b"\x00\x00\xfe\xff\x00\x00\x00h".decode("utf-32"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)
print("a".encode("utf-8-sig"), b"\xef\xbb\xbfa".decode("utf-8-sig"), b"a".decode("utf-8-sig"))
print(codecs.decode(b"\\u00e9", "unicode_escape"), codecs.encode("\xe9\u20ac", "raw_unicode_escape"))
print(codecs.encode("Hello", "rot13"))
print("abc".encode("mbcs") if False else "skip mbcs")
