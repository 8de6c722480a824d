l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [99, 100]
print(l)
l[::2] = [0] * len(l[::2])
print(l)
l[1:3] = []
print(l)
m = [1, 2, 3]
m[1:1] = "xyz"
print(m)
m[:] = range(3)
print(m)
try:
    m[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
n = [0, 1, 2, 3, 4, 5]
n[::-2] = ["a", "b", "c"]
print(n)
