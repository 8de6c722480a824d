for a in [17, -17, 17.5, -17.5]:
    for b in [5, -5, 2.5]:
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
print(divmod(2 ** 100, 2 ** 50 + 1))
print(divmod(0, 7), divmod(-1, 10 ** 20))
