a = 1
del a
try:
    a
except NameError as e:
    print(e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
class O: pass
o = O()
o.x = 1; o.y = 2
del o.x
print(vars(o))
p, q = 1, 2
del (p, q)
try:
    p
except NameError as e:
    print(e)
r, s = 3, 4
del [r, s]
print("r" in dir(), "s" in dir())
def func():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(func())
def nested():
    x = [[1, 2], [3, 4]]
    del x[0][1], x[1]
    return x
print(nested())
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    del o.nothing
except AttributeError as e:
    print(e)
try:
    del lst[100]
except IndexError as e:
    print(e)
g_var = 1
def del_global():
    global g_var
    del g_var
del_global()
print("g_var" in globals())
def del_closure():
    c = 1
    def inner():
        return c
    del c
    try:
        inner()
    except NameError as e:
        print(e)
del_closure()
for src in ["del f()", "del 1", "del (a, 1)", "del a + b", "del *a"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(e.msg)
