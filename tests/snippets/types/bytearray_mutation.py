# bytearray mutating methods, slice assignment, augmented operators and their errors
ba = bytearray(b'hello')
ba.append(33); ba.extend(b' ok'); ba.extend([65, 66]); ba.insert(0, 62); ba.insert(-1, 95); ba.insert(100, 90)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('l')); ba.reverse(); print(ba)
ba[0] = 120; ba[-1] = 121; ba[1:3] = b'XYZW'; print(ba)
ba[::2] = bytes(len(ba[::2])); print(ba)
del ba[0]; del ba[::3]; del ba[-2:]; print(ba, len(ba))
ba[2:2] = [1, 2, 3]; ba[5:] = bytearray(b'tail'); print(ba)
c = ba.copy(); c.clear(); print(c, ba == ba.copy(), ba is not ba.copy())
x = bytearray(b'ab'); x += b'cd'; x *= 2; print(x, x * 0, 2 * x[:1])
y = bytearray(3); y[1:2] = memoryview(b'mv'); print(y, bytearray(b'abc') + b'def', b'abc' + bytearray(b'x'))
errs = [
    lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.append(b'a'), lambda: ba.insert(0, 'a'),
    lambda: bytearray().pop(), lambda: ba.remove(255), lambda: ba.__setitem__(0, 300), lambda: ba.__setitem__(100, 1),
    lambda: ba.__setitem__(slice(0, 2), 'ab'), lambda: ba.__setitem__(slice(0, 6, 2), b'x'), lambda: ba.extend([1, 'a']),
    lambda: ba.extend(5), lambda: ba.__delitem__(50), lambda: ba.pop(50), lambda: bytearray(b'x') + 'y',
]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
