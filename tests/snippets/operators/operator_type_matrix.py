# Every operator (via the operator module) and common builtins over a matrix of builtin types: results and error messages
import operator
vals = [1, 1.5, 2j, 'a', b'a', [1], (1,), {1: 2}, {1}, None, True, range(2), bytearray(b'x'), frozenset(), object, len]
ops = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'and_', 'or_', 'xor', 'matmul', 'lt', 'contains', 'getitem']
for o in ops:
    f = getattr(operator, o)
    for a in vals:
        for b in vals:
            try:
                r = f(a, b)
                s = 'OK'
            except Exception as e:
                s = f"{type(e).__name__}: {e}"
            print(o, type(a).__name__, type(b).__name__, s)
for o in ['neg', 'pos', 'invert', 'abs', 'index', 'length_hint', 'not_', 'truth']:
    f = getattr(operator, o)
    for a in vals:
        try:
            f(a); s = 'OK'
        except Exception as e:
            s = f"{type(e).__name__}: {e}"
        print(o, type(a).__name__, s)
for a in vals:
    for fn in (len, hash, iter, int, float, complex, str, bytes, sorted, reversed, abs, round, bool, list, next):
        try:
            fn(a); s = 'OK'
        except Exception as e:
            s = f"{type(e).__name__}: {e}"
        print(fn.__name__, type(a).__name__, s)
