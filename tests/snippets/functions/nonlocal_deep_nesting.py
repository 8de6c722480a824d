def level1():
    x = 1
    log = []
    def level2():
        def level3():
            nonlocal x
            x += 100
            return x
        log.append(level3())
        nonlocal x
        x += 10
        return x
    log.append(level2())
    log.append(x)
    return log
print(level1())

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, get, reset
inc, get, reset = counter()
inc(); inc(5)
print(get())
reset()
print(get(), inc())

def shadow():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            nonlocal v
            v = "inner-set"
        inner()
        return v
    return mid(), v
print(shadow())

def del_nonlocal():
    z = 5
    def d():
        nonlocal z
        del z
    d()
    try:
        return z
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(del_nonlocal())

def unbound_before_assign():
    y = 1
    def f():
        try:
            print(y)
        except UnboundLocalError as e:
            print(type(e).__name__, e)
        y = 2
    f()
unbound_before_assign()

g = "global"
def gtest():
    g = "local"
    def inner():
        global g
        g = "changed-global"
    inner()
    return g
print(gtest(), g)

src = "def outer():\n    def inner():\n        nonlocal q\n    return inner\n"
try:
    compile(src, "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
