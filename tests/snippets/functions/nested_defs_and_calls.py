def outer(a):
    def mid(b):
        def inner(c):
            return a + b + c
        return inner
    return mid
print(outer(1)(2)(3))
def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts
    return count
c = counter_factory()
c("a"); c("b"); print(c("a"))
def fn_with_default_fn(f=lambda: "default"):
    return f()
print(fn_with_default_fn(), fn_with_default_fn(lambda: "given"))
