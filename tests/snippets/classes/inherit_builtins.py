class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__, isinstance(ml, list))
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = key * 2
        return self[key]
dd = DefaultDict()
print(dd[3], dd, "3" in dd)
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n.shout(), n + " smith", type(n + "x").__name__, n == "bob")
class Num(int):
    def __repr__(self):
        return f"Num({int(self)})"
x = Num(5)
print(repr(x), x + 1, type(x + 1).__name__)
