# Fast paths for lists, tuples and dicts must not bypass a subclass's overrides.
class L(list):
    def __getitem__(self, i): return 'over'
    def __setitem__(self, i, v): print('set', i, v)
    def __iter__(self): return iter('ab')
l = L([1,2,3])
print(l[0]); l[1] = 5; print(list(l), tuple(l), [*l], sorted(l), len(l))
x, y = L([1, 2]); print(x, y)
for v in l: print(v)
class T(tuple):
    def __iter__(self): return iter('cd')
    def __getitem__(self, i): return 'T'
t = T((1, 2))
x, y = t; print(x, y, t[0], list(t), [*t])
class D(dict):
    def __setitem__(self, k, v): print('dset', k, v)
    def __getitem__(self, k): return 'dget'
    def keys(self): return ['z']
d = D(); d['a'] = 1; d[1] = 2; print(d, d['q'], dict(d), {**d})
def f(**kw): return kw
print(f(**D(a=1)))
