# reversed(): __reversed__, the sequence fallback (__len__ + __getitem__), and errors.
class Rev:
    def __reversed__(self):
        print("__reversed__ called")
        return iter("cba")
print(list(reversed(Rev())))

class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        print("getitem", i)
        return i * 10
r = reversed(Seq())
print(type(r).__name__, list(r))

class NoLen:
    def __getitem__(self, i): return i
class NoneRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
for obj in (NoLen(), NoneRev(), {1, 2}, 5, iter([1])):
    try:
        reversed(obj)
    except TypeError as e:
        print("TypeError:", e)
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), list(reversed(range(3))))
class ListSub(list):
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(ListSub([1, 2]))), list(reversed(list(ListSub([1, 2])))))
class RevNotIter:
    def __reversed__(self):
        return 42
try:
    r = reversed(RevNotIter())
    print("reversed returned", r)
except TypeError as e:
    print("TypeError:", e)
