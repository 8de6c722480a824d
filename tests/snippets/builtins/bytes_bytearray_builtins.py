print(bytes(), bytes(3), bytes([1, 2, 255]), bytes("héllo", "utf-8"), bytes(b"copy"))
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"ef")
print(ba, len(ba), ba[1], bytes(ba), ba.decode())
print(bytearray(3), bytearray([72, 73]), bytearray("é", "utf-8"))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("str")
except TypeError as e:
    print("TypeError:", e)
print(memoryview(b"abc")[1], bytes(memoryview(b"xyz")[::2]))
