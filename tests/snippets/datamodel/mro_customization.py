# __mro__, mro(), a metaclass overriding mro(), and MRO errors.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()], type(D.mro()).__name__, type(D.__mro__).__name__)
print(object.__mro__, int.__mro__, bool.mro())

class Reversed(type):
    def mro(cls):
        default = super().mro()
        print("mro() called for", cls.__name__)
        return [default[0]] + default[1:-1][::-1] + [object]
class X: 
    def who(self): return "X"
class Y:
    def who(self): return "Y"
class Z(X, Y, metaclass=Reversed):
    pass
print([k.__name__ for k in Z.__mro__], Z().who())

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromInt(1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
