a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, 1 in a, 3 not in a)
print("b" in "abc", "bc" in "abc", "" in "abc", "x" not in "abc")
print(2 in (1, 2), 2 in {2: "x"}, "x" in {2: "x"}, 2 in {1, 2})
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print([1] in [[1], 2], (1,) in [(1,)])
class C:
    def __contains__(self, x):
        return x % 2 == 0
print(4 in C(), 3 in C(), 3 not in C())
class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * 10
print(20 in Seq(), 25 in Seq())
