# iter(callable, sentinel), iter over __getitem__ sequences, and exhausted iterator behaviour
vals = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(vals), 0)), list(vals))
count = [0]
def tick():
    count[0] += 1
    return count[0]
it = iter(tick, 4)
print(next(it), next(it), list(it), list(it))
def raiser():
    raise StopIteration
print(list(iter(raiser, None)))
class G:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * i
print(list(iter(G())), 4 in G(), list(enumerate(G())))
class Bad:
    def __iter__(self):
        return 5
for f in [lambda: iter(5), lambda: iter(5, 1), lambda: iter(Bad()), lambda: iter(), lambda: next(5), lambda: next(iter([]))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(next(iter([]), 'default'), next(iter('a'), None))
src = ['a\n', 'b\n', '\n', 'c\n', '', 'never']
lines = iter(lambda: src.pop(0), '')
print(list(lines))
it = iter([1])
print(iter(it) is it, list(it), list(it))
