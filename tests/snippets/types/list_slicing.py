l = list(range(10))
print(l[2:7], l[-3:], l[::3], l[::-1], l[7:2:-2], l[100:], l[-100:3])
l[2:4] = ["a", "b", "c"]
print(l)
l[::3] = [0] * len(l[::3])
print(l)
l[1:1] = [9, 9]
print(l)
l[-2:] = []
print(l, len(l))
copy = l[:]
copy[0] = "changed"
print(l[0], copy[0])
del l[::2]
print(l)
m = [1, 2, 3]
m[5:] = [4]
print(m)
