values = [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), None, 0j, range(0), range(1), b"", b"\x00"]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no")
class Falsy:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(Falsy()), bool(Empty()), bool(Plain()))
