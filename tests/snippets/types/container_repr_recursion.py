# recursive containers print with ... and compare without infinite recursion where possible
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a), a[2] is a)
d = {'k': 1}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
s = [a, d]
print(s)
class R:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return 'R(%r)' % (self.items,)
import reprlib
r = reprlib.Repr()
print(r.repr(list(range(20))), r.repr('x' * 50))
nested = [[[[[[1]]]]]]
print(nested, repr(nested) == str(nested))
od = {}
od[1] = [od]
print(od)
x = []
x.append(x)
try:
    print(x == x, x is x)
    y = []
    y.append(y)
    print(x == y)
except RecursionError as e:
    print(type(e).__name__)
