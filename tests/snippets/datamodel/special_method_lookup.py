# Implicit special-method lookup uses the type, never the instance dict or __getattr__.
class C:
    def __len__(self):
        return 1
    def __getattr__(self, name):
        print("__getattr__", name)
        raise AttributeError(name)

c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), c.__len__(), repr(c).startswith("<__main__.C object"))
try:
    c + 1
except TypeError as e:
    print("TypeError:", e)
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
C.__add__ = lambda self, o: ("added later", o)
print(c + 5)
C.__iter__ = lambda self: iter("xy")
print(list(c))
del C.__add__
try:
    c + 1
except TypeError as e:
    print("TypeError:", e)
C.__len__ = lambda self: 7
print(len(c), bool(c))
class Meta(type):
    def __len__(cls):
        return 42
    def __repr__(cls):
        return f"<class via Meta: {cls.__name__}>"
class K(metaclass=Meta):
    def __len__(self):
        return 0
print(len(K), repr(K), len(K()))
class Sub(C):
    pass
s = Sub()
print(len(s), list(s))
Sub.__len__ = lambda self: 3
print(len(s), len(c))
