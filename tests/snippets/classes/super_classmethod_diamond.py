class A:
    @classmethod
    def who(cls):
        return ["A:" + cls.__name__]
    def hi(self):
        return ["A"]
class B(A):
    @classmethod
    def who(cls):
        return ["B:" + cls.__name__] + super().who()
    def hi(self):
        return ["B"] + super().hi()
class C(A):
    @classmethod
    def who(cls):
        return ["C:" + cls.__name__] + super().who()
    def hi(self):
        return ["C"] + super().hi()
class D(B, C):
    @classmethod
    def who(cls):
        return ["D:" + cls.__name__] + super().who()
    def hi(self):
        return ["D"] + super().hi()

print(D.who())
print(D().hi())
print(B.who())
print([k.__name__ for k in D.__mro__])
print(super(B, D()).hi())
print(super(C, D).who())

class Init:
    def __init__(self, **kw):
        self.seen = ["Init"]
class M1(Init):
    def __init__(self, a=0, **kw):
        super().__init__(**kw); self.seen.append(f"M1 a={a}")
class M2(Init):
    def __init__(self, b=0, **kw):
        super().__init__(**kw); self.seen.append(f"M2 b={b}")
class Both(M1, M2):
    def __init__(self, **kw):
        super().__init__(**kw); self.seen.append("Both")
print(Both(a=1, b=2).seen)
