class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"
b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, repr(b), str(b), [b], f"{b}", f"{b!r}")
print(r, str(r), [r], (r,), {"k": r})
print(s, str(s), format(s))
print("%s %r" % (b, b))
print(repr(s).startswith("<__main__.OnlyStr object at 0x"))
