x = "module"
def show():
    return x
def shadow():
    x = "local"
    return x
def uses_builtin():
    return len("abc")
def shadow_builtin():
    len = lambda s: 42
    return len("abc")
print(show(), shadow(), x, uses_builtin(), shadow_builtin())
class C:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(C().m(), C.y)
def comprehension_scope():
    z = 5
    return [z + i for i in range(2)]
print(comprehension_scope())
