# setattr/getattr/delattr on builtin types and instances: the exact AttributeError and TypeError messages
class C:
    pass
c = C()
setattr(c, 'x', 1); print(getattr(c, 'x'), hasattr(c, 'x')); delattr(c, 'x'); print(hasattr(c, 'x'))
errs = [lambda: setattr(1, 'x', 1), lambda: setattr('s', 'upper', 1), lambda: setattr(int, 'x', 1), lambda: setattr(list, 'append', 1),
        lambda: delattr(int, 'real'), lambda: setattr(c, 1, 2), lambda: getattr(c, 1), lambda: delattr(c, 'nope'), lambda: getattr(1, 'nope'),
        lambda: setattr(object(), 'a', 1), lambda: (1).__class__.__dict__['x'] if False else getattr(None, 'x'), lambda: setattr(c),
        lambda: getattr(c, 'x', 1, 2), lambda: delattr((), 'count')]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(getattr(c, 'missing', 'dflt'), getattr(1, 'real'), getattr('a', 'upper')())
