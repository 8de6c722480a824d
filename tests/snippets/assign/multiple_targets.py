a = b = c = [1]
print(a, b, c, a is b is c)
a.append(2)
print(c)
x = y = 5
x += 1
print(x, y)
i, j = j, i = 1, 2
print(i, j)
