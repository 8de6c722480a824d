print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] < [[]], [2] > [1, 9])
a = [1, [2, 3]]
b = a[:]
b[1].append(4)
print(a, b, a == b, a[1] is b[1])
import copy
c = copy.deepcopy(a)
c[1].append(5)
print(a, c)
r = [1]
r.append(r)
print(r, r[1] is r)
d = {"k": None}
d["k"] = d
print(d)
