# a memoryview over a bytearray pins its size: resizing raises BufferError until release()
ba = bytearray(b'abcdef')
m = memoryview(ba)
m[0] = ord('A')
print(ba, m.tobytes(), m.readonly, m.nbytes)
ba[1] = ord('B')
print(m[1], bytes(m[:3]))
for f in [lambda: ba.append(1), lambda: ba.extend(b'xy'), lambda: ba.pop(), lambda: ba.clear(), lambda: ba.__delitem__(0),
          lambda: ba.__setitem__(slice(0, 1), b'xyz'), lambda: ba.__iadd__(b'z'), lambda: ba.insert(0, 1), lambda: ba.remove(ord('A'))]:
    try:
        f()
        print('ok', ba)
    except BufferError as e:
        print(type(e).__name__, e)
ba[0:2] = b'ab'
print(ba)
m.release()
ba.append(ord('!'))
print(ba)
with memoryview(ba) as m2:
    print(m2[-1], m2.obj is ba)
ba.extend(b'??')
print(ba)
try:
    m2[0]
except ValueError as e:
    print(type(e).__name__, e)
