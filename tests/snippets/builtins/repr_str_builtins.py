for v in [1, -1.5, "s", "it's", None, True, [1, "a"], (1,), {"k": [None]}, {1, 2}, b"b", 1j, range(3), frozenset([1])]:
    print(repr(v), str(v))
print(str(), repr(""), str(b"x"), str(1e100), str(12345678901234567890))
class R:
    def __repr__(self):
        return "custom"
print(str(R()), repr([R(), R()]))
