import codecs

def show(f):
    try:
        print(repr(f()))
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
        if isinstance(e, (UnicodeDecodeError, UnicodeEncodeError)):
            print("  ", e.encoding, repr(e.object), e.start, e.end, e.reason)

show(lambda: b"\xff".decode("utf-8"))
show(lambda: b"ab\xc3".decode("utf-8"))
show(lambda: b"a\xe2\x28\xa1".decode("utf-8"))
show(lambda: b"\xed\xa0\x80".decode("utf-8"))
show(lambda: b"\x80abc".decode("ascii"))
show(lambda: "a\u20ac\u20acb".encode("ascii"))
show(lambda: "\u0100".encode("latin-1"))
show(lambda: "\u20ac".encode("cp437"))
show(lambda: b"\x81".decode("cp1252"))
show(lambda: b"a\x00b".decode("utf-16-le"))
show(lambda: b"\x00\xd8a\x00".decode("utf-16-le"))
show(lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
show(lambda: b"x".decode("utf-8", "nonexistent"))
show(lambda: codecs.lookup_error("nonexistent"))

for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    show(lambda: "a\xe9\u20acb".encode("ascii", h))
for h in ["strict", "ignore", "replace", "backslashreplace"]:
    show(lambda: b"a\xff\xfeb".decode("utf-8", h))
    show(lambda: b"a\x90b".decode("cp437", h))

print(codecs.lookup_error("strict").__name__, codecs.lookup_error("replace").__name__)
print(codecs.replace_errors(UnicodeEncodeError("ascii", "a\xe9\xe9", 1, 3, "bad")))
print(codecs.ignore_errors(UnicodeDecodeError("utf-8", b"ab", 0, 1, "bad")))
print(codecs.backslashreplace_errors(UnicodeDecodeError("utf-8", b"\xfe\xff", 0, 2, "bad")))
print(codecs.xmlcharrefreplace_errors(UnicodeEncodeError("ascii", "\u20ac", 0, 1, "bad")))
show(lambda: codecs.strict_errors(UnicodeEncodeError("ascii", "\u20ac", 0, 1, "bad")))

calls = []
def handler(exc):
    calls.append((type(exc).__name__, exc.start, exc.end))
    if isinstance(exc, UnicodeEncodeError):
        return ("[%s]" % ",".join(str(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)
    return ("<?>", exc.end)
codecs.register_error("test.mine", handler)
print("a\u20acb\xe9".encode("ascii", "test.mine"))
print(b"x\xffy".decode("utf-8", "test.mine"))
print(b"x\x81y".decode("cp1252", "test.mine"))
print(calls)
print(codecs.lookup_error("test.mine") is handler)

codecs.register_error("test.bytes", lambda e: (b"??", e.end))
print("a\u20acb".encode("latin-1", "test.bytes"))
codecs.register_error("test.bad", lambda e: "nope")
show(lambda: b"\xff".decode("utf-8", "test.bad"))
show(lambda: "\u20ac".encode("ascii", "test.bad"))
codecs.register_error("test.skip", lambda e: ("!", -1))
print(b"ab\xffc".decode("ascii", "test.skip"))

e = UnicodeDecodeError("utf-8", b"abc", 1, 3, "boom")
print(str(e), e.args)
e = UnicodeEncodeError("ascii", "abc", 1, 2, "boom")
print(str(e), e.args)
codecs.register_error("test.nonascii", lambda e: ("\xe9", e.end))
show(lambda: "\u20ac".encode("ascii", "test.nonascii"))
print("\u20ac".encode("latin-1", "test.nonascii"))
