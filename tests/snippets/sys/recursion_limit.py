# sys.getrecursionlimit / setrecursionlimit and RecursionError from runaway recursion
import sys
old = sys.getrecursionlimit()
print(type(old).__name__, old >= 100)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
for v in [0, -5, 'x', 1.5]:
    try:
        sys.setrecursionlimit(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
def depth(n):
    return depth(n + 1) if n < 500 else n
print(depth(0))
