# vars() requires __dict__; dir() with custom __dir__, modules and errors
class A:
    cls_attr = 1
    def __init__(self):
        self.x = 1
class D:
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha']
class BadDir:
    def __dir__(self):
        return 5
print(vars(A()), sorted(k for k in vars(A) if not k.startswith('__')), dir(D()), 'cls_attr' in dir(A()), 'x' in dir(A()))
import math
print('sqrt' in dir(math), vars(math) is math.__dict__, dir([])[:3] == sorted(dir([]))[:3])
for f in [lambda: vars(1), lambda: vars('s'), lambda: vars(1, 2), lambda: dir(BadDir()), lambda: dir(1, 2)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
def f():
    local_a = 1
    return sorted(vars())
print(f())
