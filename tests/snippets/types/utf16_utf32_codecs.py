for enc in ["utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf_32_le", "utf-32-be"]:
    b = "aé€😀".encode(enc)
    print(enc, b, b.decode(enc))
print(b"\xfe\xff\x00a".decode("utf-16"), b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32"), b"a\x00".decode("utf-16"))
for data, enc in [(b"a\x00b", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"), (b"a\x00\x00\x00\x00\x00\x11\x00", "utf-32-le"), (b"abc", "utf-32")]:
    for errs in ["strict", "replace", "ignore"]:
        try:
            print(repr(data.decode(enc, errs)))
        except UnicodeDecodeError as e:
            print("UnicodeDecodeError:", e)
for data, enc in [(b"a\x00\x00\xd8", "utf-16-le"), (b"\x00\xdca\x00", "utf-16"), (b"a\x00b", "utf-16"), (b"\x00\x00\x00\xd8", "utf-32-le")]:
    for errs in ["strict", "replace"]:
        try:
            print(repr(data.decode(enc, errs)))
        except UnicodeDecodeError as e:
            print("UnicodeDecodeError:", e)
