# floor division, modulo and divmod with every sign combination, big ints, mixed float, errors
for a in [7, -7, 0, 10**25 + 3, -(10**25) - 3]:
    for b in [3, -3, 10**12 + 7]:
        print(a, b, a // b, a % b, divmod(a, b))
print(7 // 2.0, -7 // 2.0, 7 % -2.5, divmod(-7.5, 2))
print(-0 // 5, 0 % -5, -1 % 10**30)
print(10**40 / 10**20, 1 / 3, 2**1000 / 2**999, 10 / 4, -9 / 3)
tests = [
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(1, 0),
    lambda: 1 / 0,
    lambda: 1.0 // 0,
    lambda: 1 % 0.0,
    lambda: divmod(1.0, 0.0),
    lambda: 2**10000 / 3,
    lambda: 2**10000 / 0.5,
    lambda: 5 // 'a',
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
