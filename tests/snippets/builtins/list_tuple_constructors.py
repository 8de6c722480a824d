print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({3}))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(x for x in range(3)))
l = [1, 2]
l2 = list(l)
print(l2 == l, l2 is l)
t = (1, 2)
print(tuple(t) is t)
print(list(map(str, [1, 2])), list(zip("ab", "cd")))
print(list(b"AB"), list(enumerate("xy")))
