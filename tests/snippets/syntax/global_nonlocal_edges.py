x = "global"
def read():
    return x
def write():
    global x
    x = "written"
write()
print(read())
def outer():
    y = 1
    def mid():
        def inner():
            nonlocal y
            y += 10
            return y
        return inner()
    r = mid()
    return r, y
print(outer())
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
def shadow():
    x = "local"
    def g():
        global x
        return x
    return g()
print(shadow())
def declared_later():
    global brand_new
    brand_new = 5
declared_later()
print(brand_new)
class K:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(K().m(), K.y)
def cell_in_loop():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return [f() for f in fs]
print(cell_in_loop())
def late_binding():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late_binding())
for src in ["def f():\n    x = 1\n    global x", "def f():\n    nonlocal q", "nonlocal z", "def f(a):\n    global a",
            "def f():\n    print(x)\n    global x", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg, e.lineno)
