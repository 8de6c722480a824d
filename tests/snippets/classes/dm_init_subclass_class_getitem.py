# __init_subclass__ with keywords, __class_getitem__, __mro__/mro()/__subclasses__.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

class Alpha(Plugin, name="a"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta):
    pass
print(Plugin.registry, Gamma.plugin_name)
print(Plugin[int], Alpha["x"])
print([c.__name__ for c in Gamma.__mro__], Gamma.mro() == list(Gamma.__mro__))
print(sorted(c.__name__ for c in Plugin.__subclasses__()))
print(list[int], dict[str, list[int]], type(list[int]).__name__)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
