def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def letters():
    yield "a"
    yield "b"
    return "done"
for ch in letters():
    print(ch)
print(sum(count_up(100)))
