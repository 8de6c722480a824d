# Runaway recursion in Python and native code ends in RecursionError, never a crash.
import sys
def f(n): return f(n+1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError", e)
a = []
for i in range(100000):
    a = [a]
try:
    repr(a)
except RecursionError as e:
    print("repr:", e)
d = {}
for i in range(100000):
    d = {1: d}
try:
    print(d == d.copy())
except RecursionError as e:
    print("cmp:", e)
del a, d
print(sys.getrecursionlimit())
sys.setrecursionlimit(50000)
def g(n): return 0 if n == 0 else 1 + g(n - 1)
print(g(40000))
class C:
    def __repr__(self): return repr(self)
try:
    repr(C())
except RecursionError as e:
    print("user repr:", e)
try:
    eval("(" * 300 + ")" * 300)
except SyntaxError as e:
    print("SyntaxError", e)
try:
    eval("-" * 100000 + "1")
except (RecursionError, SyntaxError) as e:
    print(type(e).__name__, e)
