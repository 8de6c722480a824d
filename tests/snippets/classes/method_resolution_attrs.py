class A:
    x = "A.x"
    def f(self):
        return "A.f"
class B(A):
    x = "B.x"
class C(B):
    def f(self):
        return "C.f then " + super().f()
c = C()
print(c.x, c.f(), C.x, C.__dict__.get("x"), B.__dict__["x"])
print(hasattr(C, "f"), "f" in C.__dict__, "f" in B.__dict__)
A.y = "late A.y"
print(c.y)
c.f = lambda: "instance f"
print(c.f(), C.f(c))
