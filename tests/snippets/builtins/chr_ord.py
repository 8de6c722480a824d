print(chr(65), chr(97), chr(0x1F600) == "\U0001F600", chr(955), repr(chr(0)), repr(chr(127)))
print(ord("A"), ord("a"), ord("é"), ord("\n"), ord("€"), ord(b"a"), ord(bytearray(b"z")))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) for c in "Hi!"])
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
