class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass

try:
    class D(X, A): pass
except TypeError as e:
    print(type(e).__name__, e)

class E(A, X): pass
print([k.__name__ for k in E.__mro__])

try:
    class F(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class G(object, X): pass
except TypeError as e:
    print(type(e).__name__, e)

class H(X, object): pass
print([k.__name__ for k in H.mro()])

class O: pass
class P1(O): pass
class P2(O): pass
class P3(O): pass
class K1(P1, P2): pass
class K2(P2, P3): pass
class Z(K1, K2): pass
print([k.__name__ for k in Z.__mro__])
