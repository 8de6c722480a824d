class Meta(type):
    meta_attr = "from metaclass"
class K(metaclass=Meta):
    class_attr = "from class"
print(K.class_attr, K.meta_attr)
try:
    K().meta_attr
except AttributeError as e:
    print("AttributeError:", e)
class P:
    @property
    def v(self):
        return "property"
p = P()
p.__dict__["v"] = "instance dict"
print(p.v)
