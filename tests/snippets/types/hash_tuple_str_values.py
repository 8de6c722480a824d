# exact hash values of tuples of ints/floats/None-free values, and of strs and bytes with PYTHONHASHSEED=0
print(hash(()), hash((0,)), hash((1, 2)), hash((1, (2, 3))), hash((-1,)), hash((2**64, 0.5)), hash(((),)))
print(hash(''), hash(b''), hash('a'), hash(b'a'), hash('a') == hash(b'a'), hash('abc'), hash(b'abc'), hash('é'), hash('日本'), hash('😀'))
print(hash(('a', 1)), hash(frozenset()), hash(frozenset([1])), hash(range(3)) == hash((3, 0, 1)))
print(hash(memoryview(b'abc')) == hash(b'abc'), hash(bytearray(b'x').decode()) == hash('x'))
print(hash(int) == hash(int), isinstance(hash(object), int), hash(None) == hash(None))
class T(tuple):
    pass
print(hash(T((1, 2))) == hash((1, 2)))
