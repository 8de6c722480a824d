def letters():
    yield from "abcde"
def numbers():
    n = 100
    while True:
        yield n
        n += 1
for i, (l, n) in enumerate(zip(letters(), numbers())):
    print(i, l, n)
print(list(map(lambda p: p[0] * p[1], zip(range(4), numbers()))))
