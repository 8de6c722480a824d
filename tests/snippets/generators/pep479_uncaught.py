# A StopIteration leaking out of a generator body becomes an uncaught RuntimeError (chained).
def first_item(iterable):
    it = iter(iterable)
    yield next(it)
    yield next(it)

print(list(first_item([1, 2])))
for v in first_item([7]):
    print("got", v)
