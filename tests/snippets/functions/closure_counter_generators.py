def make_counter(start=0, step=1):
    value = start - step
    def counter():
        nonlocal value
        value += step
        return value
    def reset():
        nonlocal value
        value = start - step
    counter.reset = reset
    return counter
c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c())
evens = make_counter(0, 2)
print([evens() for _ in range(5)])
