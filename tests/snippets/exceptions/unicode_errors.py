try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
e = UnicodeDecodeError("utf-8", b"abc", 1, 2, "bad")
print(str(e), e.args)
e = UnicodeEncodeError("ascii", "abc", 0, 1, "nope")
print(str(e))
e = UnicodeTranslateError("abc", 0, 1, "reason")
print(str(e), e.encoding)
print(issubclass(UnicodeDecodeError, ValueError), UnicodeError.__mro__)
