print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print("".join(reversed("hello")), list(reversed([])))
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 100
print(list(reversed(Seq())))
