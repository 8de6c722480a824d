# sys.getsizeof, getrefcount and intern: types and relations only (values differ between implementations)
import sys
print(type(sys.getsizeof(0)).__name__, sys.getsizeof([]) > 0, sys.getsizeof(1, 99) > 0, sys.getsizeof('') > 0)
print(sys.getsizeof(list(range(100))) > sys.getsizeof([]), sys.getsizeof('x' * 1000) > sys.getsizeof('x'))
class S:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(S()) >= 1000)
class Neg:
    def __sizeof__(self):
        return -1
class Bad:
    def __sizeof__(self):
        return 'x'
for obj in [Neg(), Bad()]:
    try:
        sys.getsizeof(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = object()
print(type(sys.getrefcount(x)).__name__, sys.getrefcount(x) >= 1)
a = sys.intern('hello world' + '!')
b = sys.intern('hello world!')
print(a is b, a == 'hello world!', type(a).__name__)
for v in [5, b'x']:
    try:
        sys.intern(v)
    except TypeError as e:
        print(type(e).__name__, e)
