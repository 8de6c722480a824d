import abc
class S(abc.ABC):
    @property
    @abc.abstractmethod
    def a(self): ...
    @classmethod
    @abc.abstractmethod
    def b(cls): ...
    @staticmethod
    @abc.abstractmethod
    def c(): ...
    @abc.abstractmethod
    def d(self): ...
print(sorted(S.__abstractmethods__))
print(getattr(S.__dict__['a'], '__isabstractmethod__', 'missing'))
class T(S):
    def d(self): pass
try:
    T()
except TypeError as e:
    print(e)
class A: pass
class B(A): pass
b = B()
s = super(B, b); print(s.__thisclass__.__name__, s.__self__ is b, s.__self_class__.__name__)
s2 = super(B); print(s2.__self__, s2.__self_class__)
print(property(lambda s: 1).__isabstractmethod__, staticmethod(len).__isabstractmethod__)
