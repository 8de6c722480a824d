x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
n = [1, 2]
g2 = (v for v in n)
n = [9, 9]
print(list(g2))
def f():
    k = 3
    return (k * i for i in range(3))
print(list(f()))
