x = "global"
def f():
    x = "enclosing"
    def g():
        nonlocal x
        x = "modified by g"
    g()
    return x
print(f(), x)
def h():
    global x
    x = "changed global"
h()
print(x)
def k():
    y = 1
    def set_y():
        nonlocal y
        y += 1
    def get_y():
        return y
    set_y(); set_y()
    return get_y()
print(k())
