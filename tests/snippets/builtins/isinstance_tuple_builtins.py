values = [1, 1.0, "1", [1], (1,), {1: 1}, {1}, None, True, b"1", 1j, range(1)]
for v in values:
    kinds = [t.__name__ for t in (int, float, str, list, tuple, dict, set, type(None), bool, bytes, complex, range) if isinstance(v, t)]
    print(repr(v), kinds)
print(isinstance(1, (str, (float, int))))
