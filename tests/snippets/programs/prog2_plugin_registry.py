class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = ns.get("name", name.lower())
            if key in mcls.registry:
                raise TypeError(f"duplicate plugin {key!r}")
            mcls.registry[key] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.created_by = "meta"
        return inst

class Plugin(metaclass=PluginMeta):
    priority = 50

    def run(self, text):
        raise NotImplementedError

class Upper(Plugin):
    def run(self, text):
        return text.upper()

class Reverse(Plugin):
    name = "rev"
    priority = 10

    def run(self, text):
        return text[::-1]

class Strip(Plugin):
    priority = 1

    def run(self, text):
        return " ".join(text.split())

try:
    class Again(Plugin):
        name = "rev"
except TypeError as e:
    print("TypeError:", e)

print(sorted(PluginMeta.registry), type(Upper).__name__, isinstance(Upper, PluginMeta))
chain = sorted(PluginMeta.registry.values(), key=lambda c: (c.priority, c.__name__))
text = "  hello   plugin  world "
for cls in chain:
    if cls.__name__ == "Again":
        continue
    p = cls()
    text = p.run(text)
    print(f"{cls.__name__:<8} p={cls.priority:<3} -> {text!r} ({p.created_by})")

class Codec:
    codecs = {}

    def __init_subclass__(cls, /, prefix, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
        Codec.codecs[prefix] = cls

    @classmethod
    def decode(cls, s):
        prefix, _, payload = s.partition(":")
        try:
            codec = cls.codecs[prefix]
        except KeyError:
            raise ValueError(f"no codec for {prefix!r}") from None
        return codec().dec(payload)

class Hex(Codec, prefix="hex"):
    def enc(self, s): return s.encode().hex()
    def dec(self, s): return bytes.fromhex(s).decode()

class Caesar(Codec, prefix="rot13"):
    table = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
    def enc(self, s): return s.translate(self.table)
    dec = enc

for c in (Hex(), Caesar()):
    e = c.enc("plugin")
    print(c.prefix, e, Codec.decode(f"{c.prefix}:{e}"))
try:
    Codec.decode("b64:abc")
except ValueError as e:
    print("ValueError:", e)
try:
    class Broken(Codec):
        pass
except TypeError as e:
    print("TypeError:", e)
print(sorted(Codec.codecs), Hex.__mro__[1] is Codec, hasattr(Codec, "prefix"))
