import sys
def f(a, b=2):
    c = a + b
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_lineno, sorted(k for k in fr.f_locals))
    print(fr.f_back.f_code.co_name, fr.f_globals is globals())
    print(type(fr.f_lasti).__name__, fr.f_back.f_back is None)
    return fr
fr = f(1)
print(fr.f_code.co_name)
def g():
    return sys._getframe(1).f_code.co_name
def caller():
    return g()
print(caller())
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
print(sys._getframe().f_code.co_name)
