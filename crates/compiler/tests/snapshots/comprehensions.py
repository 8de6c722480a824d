def f(xs):
    a = [x * 2 for x in xs if x]
    b = {x: y for x, y in xs}
    c = {x for x in xs for y in x}
    d = (x for x in xs)
    return a, b, c, d
