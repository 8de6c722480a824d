print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(1, 101)), sum([0.1] * 10))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([1.5, 2, True]))
print(sum(x * x for x in range(10)), sum([1, 2], start=5))
print(sum([2 ** 64, 2 ** 64]), sum([1e308, 1e308]), sum([1j, 2]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
