# __set_name__: when it runs, what it receives, and how errors in it surface.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner, self.name = owner, name

class Model:
    first = Field()
    second = Field()
    alias = first          # the same object is told twice
    print("body done")

print(Model.first.name, Model.second.name, Model.first.owner is Model)

# assigning later does not call __set_name__
f = Field()
Model.late = f
print(hasattr(f, "name"))

# type() calls it too
T = type("T", (), {"x": Field()})
print(T.x.name)

# __set_name__ looked up on the type, not the instance
class Weird:
    pass
w = Weird()
w.__set_name__ = lambda *a: print("instance hook called")
class Holder:
    attr = w
print("no call for instance attribute")

class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("bad " + name)
try:
    class Broken:
        thing = Boom()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
except ValueError as e:
    print("ValueError:", e)
