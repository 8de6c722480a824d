a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
l = [1, 2, 3, 4]
l[0], l[-1] = l[-1], l[0]
print(l)
i = 0
l2 = [5, 6]
i, l2[i] = 1, 9
print(i, l2)
x = [0, 1]
x[0], x[1] = x[1], x[0]
print(x)
