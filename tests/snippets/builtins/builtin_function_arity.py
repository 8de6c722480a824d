# Builtin functions and builtin types called with bad argument counts and keywords: CPython's messages
import builtins
for name in sorted(dir(builtins)):
    f = getattr(builtins, name)
    if not callable(f) or isinstance(f, type) or name in ('exit', 'quit', 'help', 'input', 'breakpoint', 'open', 'copyright', 'credits', 'license', 'print', '__import__', '__build_class__', 'exec', 'eval', 'compile'):
        continue
    for args, kw in [((), {}), ((), {'zz': 1}), ((1, 2, 3, 4, 5), {}), ((None,), {})]:
        try:
            f(*args, **kw)
            out = 'OK'
        except Exception as e:
            out = f"{type(e).__name__}: {e}"
        print(name, len(args), bool(kw), out)
for name in ['int', 'float', 'str', 'bytes', 'bytearray', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'slice', 'complex', 'bool', 'object', 'type', 'memoryview', 'enumerate', 'zip', 'map', 'filter', 'reversed', 'property', 'staticmethod', 'classmethod', 'super']:
    f = getattr(builtins, name)
    for args, kw in [((), {'zz': 1}), ((1, 2, 3, 4, 5), {}), ((None,), {})]:
        try:
            f(*args, **kw)
            out = 'OK'
        except Exception as e:
            out = f"{type(e).__name__}: {e}"
        print(name, len(args), bool(kw), out)
tests = ['max(1,2,zz=1)', 'max(zz=1)', 'zip(zz=1)', 'zip([1],zz=1)', 'zip(strict=True, zz=1)', 'enumerate(zz=1)',
         'enumerate([],zz=1)', 'enumerate()', 'enumerate(start=1)', 'enumerate([],1,2)', 'list(enumerate("ab", start=5))',
         'reversed()', 'reversed(x=1)', 'staticmethod()', 'staticmethod(function=1)', 'super(1,2,3)', 'super(x=1)',
         'classmethod(1,2)', 'iter()', 'next()', 'len([], [])', 'divmod(1)', 'getattr(1)', 'sorted()', 'sum()']
for t in tests:
    try:
        print(t, eval(t))
    except TypeError as e:
        print(t, '->', e)
