# Calls every callable attribute of many builtin objects with 0-2 arguments of assorted
# types; the program must finish (exceptions are expected and ignored).
import sys
samples = [0, 1, -1, 2**70, 1.5, float('nan'), "", "abc", b"xy", [1, 2], (1,), {1: 2}, {3}, None, True, range(3), slice(1, 2), object(), len, type]
objs = [0, 2**70, 1.5, 1j, "abc", b"ab", bytearray(b"ab"), [1, 2], (1, 2), {1: 2}, {1, 2}, frozenset({1}), range(5), slice(1, 5, 2), None, True, object(), len, type, int, str, iter([1]), (x for x in [1]), {}.keys(), {}.items(), Exception("e"), ValueError(1, 2), property(), staticmethod(len), classmethod(len), super(int, 1)]
count = 0
for o in objs:
    for name in dir(o):
        if name in ("__del__", "__init_subclass__", "__class__") :
            continue
        try:
            attr = getattr(o, name)
        except Exception:
            continue
        if not callable(attr):
            continue
        for nargs in range(0, 3):
            for i in range(0, len(samples), 3):
                args = samples[i:i + nargs]
                try:
                    attr(*args)
                except Exception:
                    pass
                count += 1
print("calls", count)
