s = slice(2, 8, 2)
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[s])
print(slice(None).indices(5), slice(-1, None, -1).indices(5), slice(1, 100, 3).indices(10))
print(slice(3), repr(slice(1, None)), slice(1, 2, 3) == slice(1, 2, 3))
sl = slice(None, None, -2)
print(data[sl], "hello"[sl])
try:
    hash(slice(1, 2))
    print("slice hashable")
except TypeError as e:
    print("TypeError:", e)
