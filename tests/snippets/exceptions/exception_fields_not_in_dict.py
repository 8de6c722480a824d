# Subclass fields (errno, value, lineno, ...) are descriptors, not instance-dict entries.
e = OSError(2, 'x', 'f')
print(e.__dict__, e.errno, e.filename2)
s = StopIteration(3)
print(s.__dict__, s.value)
se = SyntaxError('m', ('f', 1, 2, 't'))
print(se.__dict__, se.lineno, se.end_offset)
print(SystemExit(1, 2).code, ImportError('m', name='n').__dict__)
class F(StopIteration):
    def __init__(self): pass
class G(OSError):
    def __init__(self): pass
class H(SystemExit):
    def __init__(self): pass
class I(ImportError):
    def __init__(self): pass
class J(AttributeError):
    def __init__(self): pass
print(F().value, G().errno, G().strerror, H().code, I().name, I().path, J().name, J().obj)
s.value = 9
print(s.value, s.__dict__)
del s.value
print(s.value)
e.custom = 1
print(e.__dict__)
u = UnicodeDecodeError('utf-8', b'ab', 0, 1, 'r')
print(u.__dict__, u.encoding, u.object, u.start, u.end, u.reason)
print(sorted(k for k in vars(OSError) if not k.startswith('__')))
print(sorted(k for k in vars(SyntaxError) if not k.startswith('__')))
print('__init__' in vars(ValueError), '__str__' in vars(KeyError), '__new__' in vars(StopIteration))
try:
    {}['k']
except KeyError as k:
    print(k.__dict__)
try:
    undefined_name
except NameError as n:
    print(n.name, n.__dict__)
try:
    object().nope
except AttributeError as a:
    print(a.name, type(a.obj).__name__, a.__dict__)
b = BlockingIOError(11, 'again', 5)
print(b.characters_written, b.filename, b.args)
b.characters_written = 7
print(b.characters_written)
del b.characters_written
try:
    b.characters_written
except AttributeError as x:
    print('AttributeError', x)
try:
    OSError().characters_written
except AttributeError as x:
    print('AttributeError', x)
