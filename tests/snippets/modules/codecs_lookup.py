import codecs

for name in ["utf-8", "UTF8", "latin_1", "Latin-1", "ascii", "us-ascii", "utf-16", "utf_16_be",
             "utf-32-le", "cp1252", "windows-1252", "iso8859_15", "cp437", "koi8_r", "mac_roman",
             "unicode_escape", "raw_unicode_escape", "rot13", "U8"]:
    info = codecs.lookup(name)
    print(name, "->", info.name, type(info).__name__, isinstance(info, tuple), len(info))

try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError:", e)

# search functions
def search(name):
    if name == "myenc":
        return codecs.CodecInfo(
            lambda s, errors="strict": (s.upper().encode("ascii"), len(s)),
            lambda b, errors="strict": (bytes(b).decode("ascii").lower(), len(b)),
            name="myenc",
        )
    return None

codecs.register(search)
print(codecs.lookup("myenc").name)
print("hello".encode("myenc"), b"HELLO".decode("myenc"))
print(codecs.encode("abc", "myenc"), codecs.decode(b"ABC", "myenc"))
print(codecs.lookup("myenc") is codecs.lookup("myenc"))
codecs.unregister(search)
try:
    codecs.lookup("myenc")
except LookupError as e:
    print("after unregister:", e)

print(codecs.encode("abc", "rot13"), codecs.decode("nop", "rot_13"))
try:
    "abc".encode("rot13")
except LookupError as e:
    print("LookupError:", e)
print(codecs.getencoder("latin-1")("é"))
print(codecs.getdecoder("utf-8")(b"\xc3\xa9"))
import _codecs
print(_codecs.lookup is codecs.lookup, "_codecs" in __import__("sys").builtin_module_names)
