# Dunder methods of builtin types (slot wrappers) called with keywords and with too many arguments
objs = {'int': 7, 'float': 1.5, 'str': 'ab', 'bytes': b'ab', 'list': [1], 'tuple': (1,), 'dict': {1: 2}, 'set': {1}, 'complex': 1j, 'range': range(3), 'object': object()}
for tn, o in objs.items():
    for name in sorted(dir(type(o))):
        if not name.startswith('__') or name in ('__class__', '__doc__', '__hash__', '__new__', '__init__', '__init_subclass__', '__subclasshook__', '__getattribute__', '__setattr__', '__delattr__', '__reduce__', '__reduce_ex__', '__dir__', '__format__', '__sizeof__', '__getnewargs__', '__class_getitem__', '__getstate__', '__iter__', '__repr__', '__str__', '__ror__'):
            continue
        m = getattr(o, name)
        if not callable(m):
            continue
        for args, kw in [((), {'zz': 1}), ((1, 2, 3), {})]:
            try:
                r = m(*args, **kw)
                out = 'OK'
            except Exception as e:
                out = f"{type(e).__name__}: {e}"
            print(tn, name, len(args), bool(kw), out)
