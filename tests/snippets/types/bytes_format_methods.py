print(b"abc".center(6, b"*"), b"abcd".center(7), b"ab".center(5, b"-"), bytearray(b"x").rjust(3), b"x".ljust(3, b"."))
print(b"abcdef".hex(":", 2), b"abcdef".hex("-", -4), b"abc".hex(b"|"), b"".hex(":"))
print(b"a.b.c".rpartition(b"."), b"abc".rpartition(b"x"), bytearray(b"k=v").partition(b"="))
print(b"%5s|%-4b|%r|%a|%c%c|%x|%05.1f" % (b"ab", b"c", b"q'", "\xe9", 65, b"z", 255, 2.25))
print(bytearray(b"%s!") % (b"hi",), b"%(k)s" % {b"k": b"v"})
for bad in [lambda: b"%s" % 3, lambda: b"%c" % 300, lambda: b"abc".center(5, b"xy"), lambda: b"ab".index(b"z"), lambda: b"ab".hex("::")]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(b"  x\x0b".strip(), b"xxhixx".strip(b"x"), b"xxhi".lstrip(b"x"), bytearray(b"hi  ").rstrip(), b"abcb".rfind(b"b"), b"abcb".rindex(98), b"AB1".isupper(), b"".isdigit(), b" \t".isspace())
