def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def make_adders():
    return [lambda y, n=n: n + y for n in range(3)]
print([a(10) for a in make_adders()])
def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(late())
print(c1.__closure__ is not None, len(c1.__closure__), c1.__closure__[0].cell_contents)
