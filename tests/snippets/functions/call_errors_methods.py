class C:
    def m(self, a):
        return a
    @staticmethod
    def s(a):
        return a
    @classmethod
    def c(cls, a, b=1):
        return a
obj = C()
for t in [lambda: obj.m(), lambda: obj.m(1, 2), lambda: C.s(), lambda: obj.c(),
          lambda: C.m(1), lambda: obj.c(1, 2, 3), lambda: C(1), lambda: len(), lambda: len(1, 2),
          lambda: int(x=1), lambda: abs()]:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
