# types.MappingProxyType: read-only view over a mapping, live updates, copy, |, and errors
import types
d = {'a': 1, 'b': 2}
mp = types.MappingProxyType(d)
print(mp['a'], len(mp), 'b' in mp, list(mp), list(mp.keys()), list(mp.values()), list(mp.items()), mp.get('z', 0))
d['c'] = 3
print(mp['c'], len(mp), mp == d, mp == {'a': 1, 'b': 2, 'c': 3}, type(mp.copy()).__name__, mp.copy() == d)
print(mp | {'z': 26}, type(mp | {}).__name__, {'y': 0} | mp, list(reversed(mp)))
print(repr(mp), str(mp), type(mp).__name__)
print(type(type.__dict__).__name__, '__dict__' in type.__dict__, type(int.__dict__)['__add__'] is not None if False else int.__dict__['__add__'].__name__)
errs = [lambda: mp.__setitem__('x', 1), lambda: mp.__delitem__('a'), lambda: mp.pop('a'), lambda: mp.update({}), lambda: mp['nope'],
        lambda: types.MappingProxyType([1]), lambda: types.MappingProxyType(), lambda: mp.clear(), lambda: hash(mp)]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
mp2 = types.MappingProxyType(mp)
print(mp2['a'], len(mp2))
def setit():
    mp['k'] = 1
setit()
