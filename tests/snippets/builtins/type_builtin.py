print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None))
print(type(type), type(len), type(lambda: 0), type(print), type(object))
print(type(1).__name__, type(True).__name__, type(b"").__name__, type(1j).__name__, type(...).__name__)
print(type(range(1)).__name__, type(iter([])).__name__, type(zip()).__name__, type(x for x in []).__name__)
class K:
    pass
print(type(K()).__name__, type(K).__name__, type(K()) is K)
print(type([].append).__name__, type(K.__init__).__name__, type(str.upper).__name__)
