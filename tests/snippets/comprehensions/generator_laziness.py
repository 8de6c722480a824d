def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
g = (x * 10 for x in noisy(3))
print("created")
print(next(g))
print("between")
print(list(g))
first = next(x for x in noisy(100) if x > 1)
print("first", first)
