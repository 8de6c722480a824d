print(__debug__)
if __debug__:
    print("debug on")
try:
    assert 1 == 2, "values differ"
except AssertionError as e:
    print("caught", e.args)
try:
    assert False
except AssertionError as e:
    print("caught", e.args)
def f(x):
    assert x > 0, f"bad {x}"
    return x
print(f(3))
try:
    f(-1)
except AssertionError as e:
    print(e)
try:
    exec("__debug__ = 1")
except SyntaxError as e:
    print(e.msg)
try:
    exec("def f(__debug__): pass")
except SyntaxError as e:
    print(e.msg)
import sys
print(sys.flags.optimize)
class AssertionErrorSub(AssertionError): pass
try:
    assert (1, 2)
    print("tuple is truthy")
except AssertionError:
    pass
