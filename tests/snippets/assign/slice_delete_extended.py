l = list(range(20))
del l[::3]
print(l)
del l[5:100]
print(l)
del l[-2:]
print(l)
del l[:]
print(l, len(l))
b = bytearray(b"abcdef")
del b[1::2]
print(b)
b[0:1] = b"XYZ"
print(b)
