# __del__ runs as soon as the last reference goes (reference counting).
class Noisy:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __del__(self):
        print("del", self.name)

a = Noisy("a")
del a
print("after del a")
b = Noisy("b")
b = Noisy("b2")
print("after rebinding b")
def scope():
    local = Noisy("local")
    print("leaving scope")
scope()
print("after scope")
lst = [Noisy("in-list")]
lst.clear()
print("after clear")
d = {"k": Noisy("in-dict")}
d["k"] = None
print("after dict overwrite")
x = Noisy("x")
y = x
del x
print("x deleted, y still holds it")
del y
print("y deleted")

class Resurrect:
    saved = []
    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)
r = Resurrect()
del r
print(len(Resurrect.saved))

t = Noisy("temp-in-expression").name
print(t)
b.__del__()       # calling it explicitly does not destroy the object
print("explicit call done")
del b
print("end of program")
