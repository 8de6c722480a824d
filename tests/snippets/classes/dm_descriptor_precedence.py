# Data vs non-data descriptor precedence, __set_name__, __get__ on class access.
class Data:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"

class C:
    d = Data()
    n = NonData()

c = C()
print(c.d)
c.d = 5
print(c.d, c.__dict__)
c.__dict__["d"] = "shadow?"
print(c.d)
print(c.n)
c.__dict__["n"] = "instance wins"
print(c.n)
del c.d
print(c.d)
print(type(C.d).__name__, C.n)
