# Pathological programs must raise, never crash: bad mro(), recursive reprs, tables mutated by __eq__, huge allocations, deep nesting
import sys
def t(name, f):
    try:
        r = f()
        print(name, 'OK', repr(r)[:80])
    except BaseException as e:
        print(name, type(e).__name__, str(e)[:100])
class M(type):
    def mro(cls):
        return [cls, 5]
t('bad mro', lambda: M('X', (), {}))
class M2(type):
    def mro(cls):
        return (cls,)
t('mro no object', lambda: M2('Y', (), {}).__mro__)
l = []
l.append(l)
t('recursive repr', lambda: repr(l))
d = {}
d[1] = d
t('recursive dict repr', lambda: repr(d))
x = []
for _ in range(100000):
    x = [x]
t('deep repr', lambda: len(repr(x)) if False else 'skip')
t('deep eq', lambda: x == x)
class E:
    def __eq__(self, o):
        dd.clear()
        return True
    def __hash__(self):
        return 1
dd = {E(): 1, 2: 3}
t('mutate during lookup', lambda: dd.get(E()))
class K:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        s.add(object())
        return False
s = {K()}
t('mutate set during lookup', lambda: K() in s)
class A: pass
class B: pass
a = A()
t('class assign', lambda: setattr(a, '__class__', B) or type(a).__name__)
t('class assign int', lambda: setattr(1, '__class__', B))
class S:
    __slots__ = ('a', '__dict__')
t('slots dict', lambda: (setattr(S(), 'zz', 1), S.__dict__['a'].__class__.__name__))
t('slots conflict', lambda: type('Z', (S,), {'__slots__': ('a',)}))
t('bad slots', lambda: type('Z2', (), {'__slots__': 5}))
t('int subclass slots', lambda: type('Z3', (int,), {'__slots__': ('x',)}))
t('huge alloc', lambda: [0] * (2 ** 62))
t('huge str', lambda: 'x' * (2 ** 62))
t('neg repeat', lambda: 'x' * -5)
t('huge range len', lambda: len(range(2 ** 100)))
t('sorted mutate', lambda: sorted([3, 2, 1], key=lambda v: l.append(v)))
lst = [1, 2, 3]
t('sort mutate', lambda: lst.sort(key=lambda v: lst.append(0) or v))
t('gen reentrant', lambda: next(gen_self))
def gs():
    yield next(gen_self)
gen_self = gs()
t('gen reentrant2', lambda: next(gen_self))
t('format recursion', lambda: format(1, '{' * 100))
t('deep lambda', lambda: eval('(' * 500 + ')' * 500))
t('compile deep', lambda: compile('[' * 300 + ']' * 300, 's', 'eval'))
t('exec nested def', lambda: exec('\n'.join(' ' * i + 'if 1:' for i in range(120)) + '\n' + ' ' * 120 + 'pass'))
sys.setrecursionlimit(1000)
def rec(): return rec()
t('recursion', rec)
t('str of huge int', lambda: str(2 ** 100000)[:5])
t('int from float inf', lambda: int(float('inf')))
t('chr big', lambda: chr(2 ** 40))
t('bytes huge count', lambda: bytes(2 ** 62))
t('del slice huge step', lambda: [1, 2, 3].__delitem__(slice(None, None, 2 ** 100)))
t('ssize overflow slice', lambda: [1, 2, 3][-2 ** 100: 2 ** 100])
t('memoryview huge cast', lambda: memoryview(b'a' * 8).cast('B', [2 ** 62, 4]))
