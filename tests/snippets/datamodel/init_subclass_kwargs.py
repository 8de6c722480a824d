# __init_subclass__: class keywords, cooperative chains, and errors for unexpected keywords.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name, "for", cls.__qualname__)

class Audio(Plugin, name="audio"):
    pass
class Video(Plugin):
    pass
class HD(Video, name="hd"):
    pass
print(sorted(Plugin.registry), HD.plugin_name, Video.plugin_name)

class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin hook", cls.__name__, kw)
        super().__init_subclass__(**kw)
class Both(Plugin, Mixin, name="both"):
    pass

try:
    class Bad(Audio, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Validated:
    def __init_subclass__(cls):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} must define 'required'")
class Good(Validated):
    required = True
try:
    class Missing(Validated):
        pass
except TypeError as e:
    print("TypeError:", e)
# the hook is an implicit classmethod and is not called for the defining class itself
print(type(Validated.__dict__["__init_subclass__"]).__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__ kw", kw)
        return super().__new__(mcls, name, bases, ns, **kw)
class WithMeta(Plugin, metaclass=Meta, name="meta"):
    pass
