def g():
    yield from range(3)
    yield from "ab"
    yield from {"k": 1}
    yield from (x * x for x in range(3))
    r = yield from []
    yield r
print(list(g()))
class Seq:
    def __iter__(self):
        return iter([7, 8])
def h():
    yield from Seq()
print(list(h()))
