def show(*a, **k):
    print(a, k)
def src(tag, v):
    print("eval", tag)
    return v
show(src("a", 1), *src("b", [2, 3]), src("c", 4), k=src("d", 5), **src("e", {"z": 6}))
show(*range(3), *"xy")
show(**{"a": 1}, **{"b": 2})
