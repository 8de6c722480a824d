mixed = [3, "a", 1.5]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e)
print(mixed)
data = [{"n": 3}, {"n": 1}, {"n": 2}]
data.sort(key=lambda d: d["n"])
print(data)
pairs = [(2, "b"), (1, "c"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1], reverse=True)
print(pairs)
try:
    [1, 2].sort(lambda a: a)
except TypeError as e:
    print("TypeError:", e)
