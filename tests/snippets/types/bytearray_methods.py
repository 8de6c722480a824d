ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
print(ba)
ba.reverse()
print(ba)
ba.reverse()
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, ord("J"))
ba.remove(ord(" "))
print(ba, ba.find(b"w"), ba.upper(), bytes(ba))
ba += b"!!"
print(ba, ba.count(b"!"), ba * 2)
del ba[-2:]
print(ba, len(ba))
ba.clear()
print(ba, bytearray.fromhex("41 42"))
