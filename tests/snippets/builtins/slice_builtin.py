s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, list(range(20))[s])
print(slice(5), slice(None, None, -1), "abcdef"[slice(None, None, -1)])
print(s.indices(6), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
l = list(range(10))
l[slice(0, 4)] = ["x"]
print(l)
