class Config:
    """Config docstring."""
    debug = False
    level = 3
    def method(self):
        pass
names = sorted(k for k in Config.__dict__ if not k.startswith("__"))
print(names)
print(Config.__name__, Config.__qualname__, Config.__module__, Config.__doc__)
c = Config()
c.extra = 1
print(c.__dict__, c.__class__ is Config, c.__class__.__name__)
print(sorted(n for n in dir(c) if not n.startswith("_")))
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
