a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 < 2, 1 < 2 < 3 < 4 > 2)
print(a < b and b < c, not a > b)
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 < 0.0)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] < [0])
print((1, 2) == (1, 2), [1, 2] == [1, 2], [1] == (1,))
print(2 ** 100 > 2 ** 99, -(2 ** 100) < 1, 2 ** 100 == 2.0 ** 100)
print(1 != 2, 1 != 1, None == None, None != 0)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5))
print(calls)
print(0 < 1 == True, 1 < 2 != 3)
