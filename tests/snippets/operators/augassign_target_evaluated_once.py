log = []
class Box:
    def __init__(self): self.d = {"k": 1}; self._v = 10
    def __getitem__(self, k): log.append(f"get[{k}]"); return self.d[k]
    def __setitem__(self, k, v): log.append(f"set[{k}]={v}"); self.d[k] = v
    @property
    def v(self): log.append("get v"); return self._v
    @v.setter
    def v(self, x): log.append(f"set v={x}"); self._v = x

def obj():
    log.append("obj()")
    return b
def key():
    log.append("key()")
    return "k"
b = Box()
obj()[key()] += 5
print(log); log.clear()
obj().v *= 3
print(log); log.clear()
obj()[key()], obj().v = 0, 1
print(log); log.clear()

class Acc:
    def __init__(self, items): self.items = items
    def __iadd__(self, other):
        self.items = self.items + list(other)
        return self
    def __add__(self, other):
        return Acc(self.items + list(other) + ["via add"])
a = Acc([1]); alias = a
a += (2,)
print(a.items, a is alias)
class NoIadd:
    def __init__(self, n): self.n = n
    def __add__(self, o): return NoIadd(self.n + o)
x = NoIadd(1); y = x
x += 1
print(x.n, y.n, x is y)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
lst = [1, 2]; lst2 = lst
lst += "ab"
print(lst2)
try:
    lst = lst + "cd"
except TypeError as e:
    print(type(e).__name__, e)
s = "ab"; s2 = s
s += "c"
print(s, s2)
n = 5
n //= 2; n **= 3; n %= 7; n <<= 2; n |= 1; n ^= 8; n &= 0xFF; n >>= 1
print(n)
