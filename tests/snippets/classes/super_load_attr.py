class A:
    def f(self):
        return 1
class B(A):
    def f(self):
        return super().f() + super(B, self).f()
    def g(self):
        return super().missing
    def h(self):
        return super().nope()
    def k(self, *a):
        return super().f()
    @classmethod
    def c(cls):
        return super().f
print(B().f(), B().k(1), B.c().__qualname__)
for m in (B().g, B().h):
    try:
        m()
    except AttributeError as e:
        print(e)
def free():
    return super().f()
try:
    free()
except RuntimeError as e:
    print(e)
B().h()
