first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
(x, *y), w = [1, 2, 3], 4
print(x, y, w)
*all_, = (9, 8)
print(all_)
head, *tail = iter([10, 20, 30])
print(head, tail)
print(*[1, 2], *"ab", sep="-")
