# dict | and |=, fromkeys, setdefault, popitem order, pop defaults, copy semantics, errors
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, type(a | {}).__name__)
c = dict(a); c |= b; print(c)
c |= [('w', 0), ('x', -1)]; print(c)
c |= {}.keys() if False else {}
print(dict.fromkeys('abc'), dict.fromkeys(range(3), []), dict.fromkeys([], 1), dict.fromkeys(('k',), 'v'))
fk = dict.fromkeys('ab', []); fk['a'].append(1); print(fk)
d = {}
print(d.setdefault('k', []), d.setdefault('k', [1]), d.setdefault('n'), d)
d = {1: 'a', 2: 'b', 3: 'c'}
print(d.popitem(), d.popitem(), d, d.pop(1), d.pop(9, 'dflt'), d.pop(9, None), d)
class OD(dict):
    pass
print(type(OD(a=1) | {'b': 2}).__name__, type({'b': 2} | OD(a=1)).__name__)
import collections
print(type(collections.OrderedDict(a=1) | {'b': 2}).__name__, collections.Counter('ab') | collections.Counter('bc'))
for f in [lambda: a | [('k', 1)], lambda: a.__ior__(5), lambda: {}.popitem(), lambda: {}.pop('k'), lambda: a | 1, lambda: dict.fromkeys(5),
          lambda: a.setdefault([], 1), lambda: a.get(), lambda: a.pop()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
