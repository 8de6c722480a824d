# calling __build_class__ directly: the body function, name, bases and keyword arguments
import builtins
def body():
    x = 1
    def method(self):
        return 'method'
    return None
C = builtins.__build_class__(body, 'C')
print(C.__name__, hasattr(C, 'x'), C.__qualname__ if False else type(C).__name__, C.__bases__)
class Base:
    pass
D = __build_class__(lambda: None, 'D', Base)
print(D.__name__, D.__bases__ == (Base,), issubclass(D, Base))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['kw'] = kw
        return super().__new__(mcls, name, bases, ns)
E = __build_class__(lambda: None, 'E', metaclass=Meta, flag=True)
print(type(E).__name__, E.kw)
for args in [(), (body,), (1, 'X'), (body, 1)]:
    try:
        print(__build_class__(*args))
    except TypeError as e:
        print(type(e).__name__, e)
