class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __iadd__(self, o):
        self.v += o.v if isinstance(o, Num) else o
        return self
    def __repr__(self): return f"Num({self.v})"
class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
    def __repr__(self): return f"NoIadd({self.v})"
a = Num(1); b = a
a += 5
print(a, b, a is b)
c = NoIadd(1); d = c
c += 5
print(c, d, c is d)
lst = [1]; alias = lst
lst += [2]
print(alias)
t = (1,); talias = t
t += (2,)
print(t, talias)
s = "ab"; s *= 3; print(s)
n = 7; n //= 2; n **= 3; n %= 10; n <<= 2; n >>= 1; n |= 1; n &= 0xF; n ^= 5; print(n)
f = 7.5; f /= 2; f -= 0.75; print(f)
m = [[1, 2], [3, 4]]
m[0][1] *= 10
print(m)
class Box: pass
bx = Box(); bx.val = 1
bx.val += 41
print(bx.val)
dd = {"k": [1]}
dd["k"] += [2]
print(dd)
try:
    tt = ([1],)
    tt[0] += [2]
except TypeError as e:
    print(e, tt)
x = 5
x @= 2 if False else 1
print(x)
class M:
    def __matmul__(self, o): return "matmul"
    def __imatmul__(self, o): return "imatmul"
mm = M(); mm @= 1; print(mm)
try:
    u = None
    u += 1
except TypeError as e:
    print(e)
try:
    v = "s"
    v -= 1
except TypeError as e:
    print(e)
