# Builtin methods called with a bogus keyword and with too many arguments: CPython's messages
import itertools
objs = {'int': 1, 'float': 1.5, 'str': 'a', 'bytes': b'a', 'bytearray': bytearray(b'a'), 'list': [1], 'tuple': (1,), 'dict': {1: 2}, 'set': {1}, 'frozenset': frozenset({1}), 'complex': 1j, 'range': range(3), 'bool': True}
for tn, o in objs.items():
    for name in sorted(dir(type(o))):
        if name.startswith('__') or name in ('fromkeys', 'maketrans', 'fromhex', 'from_bytes', 'mro', 'translate'):
            continue
        m = getattr(o, name)
        if not callable(m):
            continue
        for args, kw in [((), {'zz': 1}), ((1, 2, 3, 4, 5), {})]:
            try:
                r = m(*args, **kw)
                out = 'OK'
            except Exception as e:
                out = f"{type(e).__name__}: {e}"
            print(tn, name, len(args), bool(kw), out)
