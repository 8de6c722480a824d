# _sha512: sha512/sha384 digests across block boundaries, incremental updates, copies,
# attributes and errors.
import _sha512

for data in [b"", b"abc", b"a" * 111, b"a" * 112, b"a" * 127, b"a" * 128, b"a" * 129, bytes(range(256)) * 5]:
    print(len(data), _sha512.sha512(data).hexdigest(), _sha512.sha384(data).hexdigest()[:48])
h = _sha512.sha512()
h.update(b"ab")
h2 = h.copy()
h.update(b"c")
print(h.hexdigest() == _sha512.sha512(b"abc").hexdigest(), h2.digest()[:8], h2.hexdigest()[:16])
print(h.name, h.digest_size, h.block_size, _sha512.sha384().name, _sha512.sha384().digest_size)
print(_sha512.sha512(bytearray(b"xyz")).hexdigest()[:16], _sha512.sha512(memoryview(b"xyz")).hexdigest()[:16])
print(_sha512.sha512(string=b"k").hexdigest()[:16], _sha512.sha512(b"k", usedforsecurity=False).hexdigest()[:16])
print(type(h).__name__, type(h).__module__)
for bad in ["text", 5]:
    try:
        _sha512.sha512(bad)
    except TypeError as e:
        print("TypeError:", e)
