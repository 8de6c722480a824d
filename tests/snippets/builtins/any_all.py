print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any("") , all(""), any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
calls = []
def check(x):
    calls.append(x)
    return x
print(any(check(v) for v in [0, 3, 0, 4]), calls)
calls.clear()
print(all(check(v) for v in [1, 0, 1]), calls)
print(any([None, "", []]), all([[1], "x", 1.5]))
