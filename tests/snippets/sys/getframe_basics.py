# sys._getframe: code names, line numbers, back links, globals and the depth argument
import sys
def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name
def caller():
    return where(), sys._getframe(0).f_code.co_name, sys._getframe(1).f_code.co_name
print(where())
print(caller())
top = sys._getframe()
print(top.f_code.co_name, top.f_back is None, top.f_globals is globals(), top.f_locals is globals() if False else 'skip', type(top).__name__)
def loc(a, b=2):
    c = a + b
    return sorted(sys._getframe().f_locals.items())
print(loc(1))
try:
    sys._getframe(100)
except ValueError as e:
    print(type(e).__name__, e)
def lines():
    f = sys._getframe()
    a = f.f_lineno
    b = f.f_lineno
    return b - a
print(lines(), sys._getframe().f_code.co_filename.endswith('getframe_basics.py'))
