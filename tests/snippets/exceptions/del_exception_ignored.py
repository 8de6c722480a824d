import sys
def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, getattr(u.object, "__qualname__", None), u.err_msg)
sys.unraisablehook = hook
class Bad:
    def __del__(self):
        raise ValueError("from del")
b = Bad()
del b
print("after del")
def make():
    Bad()
make()
class Order:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = Order(1)
a = Order(2)
lst = [Order(3), Order(4)]
del lst
def scope():
    x = Order(5)
    print("leaving scope")
scope()
del a
print("end")
