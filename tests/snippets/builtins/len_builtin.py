print(len(""), len("abc"), len("日本"), len([1, 2]), len(()), len({1: 2}), len({1, 2, 3}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(b"xyz"), len(bytearray(4)))
print(len(frozenset("aab")), len({}.keys()), len(range(-5, 5, -1)))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in [5, None, 3.0]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
