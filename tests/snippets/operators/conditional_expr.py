for x in [-1, 0, 1]:
    print("neg" if x < 0 else "zero" if x == 0 else "pos")
print([x if x % 2 else -x for x in range(5)])
f = lambda n: "big" if n > 100 else "small"
print(f(5), f(500))
print((1 if True else 2) + 10, 1 if False else 2 + 10)
