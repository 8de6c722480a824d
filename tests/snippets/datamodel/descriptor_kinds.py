# Which descriptors are data descriptors, and how that decides precedence.
class GetOnly:
    def __get__(self, obj, owner=None):
        return "get-only"

class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)

class DeleteOnly:
    def __get__(self, obj, owner=None):
        return "delete-only get"
    def __delete__(self, obj):
        print("DeleteOnly.__delete__")

class C:
    g = GetOnly()
    s = SetOnly()
    d = DeleteOnly()

c = C()
c.__dict__.update(g="inst g", s="inst s", d="inst d")
print(c.g, c.s, c.d)           # instance wins only over the non-data one
c.s = 5                        # data descriptor intercepts the store
try:
    c.d = 6                    # has __delete__ but no __set__
except AttributeError as e:
    print("AttributeError:", e)
del c.d
try:
    del c.s
except AttributeError as e:
    print("AttributeError:", e)
print(C.g, type(C.__dict__["s"]).__name__)
c.g = "stored"                 # non-data: goes to the instance dict
print(c.g, c.__dict__["g"])
# a descriptor found on the instance is not invoked
c.__dict__["h"] = GetOnly()
print(type(c.h).__name__)
# class-level access passes obj=None
class Show:
    def __get__(self, obj, owner):
        return (obj, owner.__name__)
class D:
    x = Show()
print(D.x, D().x[1])
