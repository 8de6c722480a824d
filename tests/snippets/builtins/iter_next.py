it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
values = iter([5, 4, 0, 3])
print(list(iter(lambda: next(values), 0)))
count = 0
def counter():
    global count
    count += 1
    return count
print(list(iter(counter, 4)))
s = iter("ab")
print(iter(s) is s, type(iter({})).__name__, type(iter(range(2))).__name__)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(1, 2)
except TypeError as e:
    print("TypeError:", e)
