# __getattribute__, __getattr__, __setattr__, __delattr__ interplay.
class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        self.log.append(("missing", name))
        return name.upper()
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

t = Tracked()
t.x = 1
print(t.x, t.y, t.secret_key)
del t.x
print(t.x)
print(t.log)
print(hasattr(t, "anything"), getattr(t, "other", None))
try:
    del t.nothing
except AttributeError as e:
    print("AttributeError", e)
