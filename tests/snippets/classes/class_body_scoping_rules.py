# Class bodies do not create enclosing scopes for nested functions.
x = "global"

class A:
    x = "class"
    y = x + "-y"
    def get_x(self):
        return x  # global, not class attribute
    lst = [x for _ in range(2)]  # comprehension sees global x (class scope skipped)
    first = [i for i in range(3)]

print(A.y)
print(A().get_x())
print(A.lst)
print(A.first)

def outer():
    z = "outer-z"
    class B:
        z = "class-z"
        w = z
        def m(self):
            return z
    return B

B = outer()
print(B.w, B().m())

def outer2():
    v = 1
    class C:
        nonlocal_seen = v
        v = 2
        after = v
    return C, v

try:
    outer2()
except NameError as e:
    print(type(e).__name__, e)

def outer3():
    v = 1
    class C:
        seen = v
    return C.seen
print(outer3())

class D:
    items = [1, 2, 3]
    total = sum(items)
    doubled = list(map(lambda n: n * 2, items))
print(D.total, D.doubled)

class E:
    try:
        bad = [items for _ in range(1)]
    except NameError as e:
        err = str(e)
    items = 5
print(E.err)

class F:
    def f(self):
        return __class__
print(F().f() is F)
print(sorted(k for k in vars(A) if not k.startswith("__")))
