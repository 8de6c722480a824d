class Base(Exception): pass
class E(Base, KeyError): pass
e = E('k')
print(str(e), repr(e), e.args)
class O(Base, OSError): pass
o = O(2, 'No such file', 'f')
print(o.errno, o.strerror, o.filename, str(o))
class U(Base, UnicodeDecodeError): pass
u = U('utf-8', b'\xff', 0, 1, 'bad')
print(str(u), u.start)
class SI(Base, StopIteration): pass
print(SI(3).value)
try:
    class X(OSError, AttributeError): pass
except TypeError as e: print(e)
class A: pass
class B(A, int): pass
print(B.__base__, B(3)+1)
class C(dict, A): pass
print(C.__base__)
class D(A, Exception): pass
print(D.__base__)
class M(Exception):
    def __str__(self): return 'mixin str'
class K(M, KeyError): pass
print(str(K('a')), K.__base__)
class N(ValueError, StopIteration): pass
print(N(7).value, N.__base__)
try:
    class Bad(StopIteration, OSError): pass
except TypeError as e: print(e)
