a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [7]
print(h)
for k, (m, n) in [(1, (2, 3)), (4, (5, 6))]:
    print(k, m, n)
p, q, r = range(3)
print(p, q, r)
s, t = {"one": 1, "two": 2}
print(s, t)
