# Attribute lookup on classes: metaclass data descriptors beat the class dict; class dict beats
# metaclass non-data attributes.
class DataDesc:
    def __get__(self, obj, owner):
        return ("meta data descriptor", obj.__name__ if obj else None)
    def __set__(self, obj, value):
        print("meta __set__", value)

class Meta(type):
    data = DataDesc()
    plain = "meta plain"
    def method(cls):
        return "meta method on " + cls.__name__

class C(metaclass=Meta):
    data = "class data"
    plain = "class plain"

print(C.data)
print(C.plain, C.method())
C.data = 5
print(C.__dict__["data"])
C.plain = "reassigned"
print(C.plain, Meta.plain)
del C.plain
print(C.plain)
class D(C):
    pass
print(D.data, D.plain)
print(C().data, C().plain)
try:
    C().method()
except AttributeError as e:
    print("AttributeError:", e)
print(type(C.__dict__).__name__, "method" in dir(Meta), "method" in dir(C))
