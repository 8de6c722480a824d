s = ("abc"
     'def'
     """ghi"""
     r"\n")
print(s, len(s))
print("tab\there", "nl\\n", "quote\"s", 'apos\'s', "bell\a".encode())
print("\x41\101\u00e9\N{GREEK SMALL LETTER ALPHA}\U0001F600".encode("utf-8"))
print(len("\x00\0\000"), "\1\12\123" == "\x01\n" + "S")
print(r"raw\t\x41", r'\'', len(r"\\"), rb"\d+".decode())
print("a" "b" == "ab", f"x{1}" "y" f"{2}z", "plain" f"{'f'}" r"\r")
print(b"bytes" b"join", rb"\x00" b"\x00", len(b"\x00\xff\n"))
print(b"\101\x42C", bytes([65, 0x42, 0o103]), b"\u00e9")
print("line1\
continued")
print("""first
second\
third""")
print('''it's "quoted"''', """a\"""b""")
print(list("\r\n\t\v\f"), repr("\x7f\x80\xa0"))
for src in ['"\\x4"', '"\\N{NOT A REAL NAME}"', "b'\u00e9'", '"\\U0011ffff"']:
    try:
        compile(src, "<s>", "eval")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", src)
