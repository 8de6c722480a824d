for a, b in [("a", 1.5), (1.5, "a"), ([1], [2]), ("a", [1]), ((1,), 2.0), (b"x", None), ([1], "s")]:
    try: print(a * b)
    except TypeError as e: print(e)
class R:
    def __rmul__(self, o): return "rmul"
    def __mul__(self, o): return "mul"
print("a" * R(), R() * "a", [1] * R(), (1,)*R())
class I:
    def __index__(self): return 2
print("ab" * I(), [1] * I(), (1,) * I(), I() * "x", b"z" * I())
