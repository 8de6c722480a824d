# Which objects have a __dict__ attribute: classes, exceptions, namespaces, modules (read-only), not object
import sys, types
class A: pass
class B(A): pass
class S:
    __slots__ = ('x',)
class E(Exception): pass
print('__dict__' in dir(int), '__dict__' in dir(A), '__dict__' in A.__dict__, '__dict__' in B.__dict__, '__dict__' in dir(S()))
print(type(sys.__dict__).__name__, E().__dict__, Exception().__dict__, types.SimpleNamespace(a=1).__dict__)
def f(): pass
f.x = 1
print(f.__dict__, A().__dict__, '__dict__' in E.__dict__)
for o in [1, 'a', [], object(), S()]:
    try:
        o.__dict__
    except AttributeError as e:
        print(e)
try:
    sys.__dict__ = {}
except AttributeError as e:
    print(e)
e = Exception(); e.__dict__ = {'q': 1}; print(e.q)
print(sorted(set(dir(object)) ^ {'__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__'}))
