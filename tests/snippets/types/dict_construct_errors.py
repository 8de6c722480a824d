# dict construction from sequences, keywords and mappings; update semantics; error messages
print(dict([('a', 1), ['b', 2], 'cd']), dict(a=1, b=2), dict({'a': 1}, b=2), dict([('a', 1)], a=9), dict(zip('xy', (1, 2))))
class Keys:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k * 2
print(dict(Keys()), {**Keys()} if False else dict(**{'r': 1}))
d = {}
d.update([('a', 1)], b=2); d.update({'c': 3}); d.update(Keys()); d.update(); print(d)
print({1: 'int', 1.0: 'float', True: 'bool'}, {(1, 2): 'tuple', frozenset([1]): 'fs'})
errs = [
    lambda: dict([('a', 1, 2)]),
    lambda: dict([('a',)]),
    lambda: dict([1, 2]),
    lambda: dict(5),
    lambda: dict({}, {}),
    lambda: {[1]: 2},
    lambda: {}.update([1]),
    lambda: {}.update(5),
    lambda: {'a': 1}['b'],
    lambda: {(1, [2]): 3},
    lambda: {}.update({}, {}),
    lambda: dict([('a', 1), 'abc']),
    lambda: {}[{}],
]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
