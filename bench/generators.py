# A generator pipeline: generator functions, yield from, generator expressions.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v


def squares(src):
    for v in src:
        yield v * v


def chunks(src, size):
    buf = []
    for v in src:
        buf.append(v)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(lists):
    for lst in lists:
        yield from lst


total = sum(x % 1000 for x in flatten(chunks(squares(evens(numbers(4_000_000))), 64)))
print(total)
