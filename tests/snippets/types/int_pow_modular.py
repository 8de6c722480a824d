# big-int **, pow with modulus, negative exponents, modular inverse and its errors
print(2**200)
print((-3)**41, (-3)**40)
print(7**-2, (-2)**-3, 0**0, 0.0**0)
print(10**50 // 3**30, 10**50 % 3**30)
print(pow(3, 100, 1000), pow(3, 100, -1000), pow(-3, 101, 1000), pow(2, 0, 1), pow(5, 3, 7))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(38, -1, 97), pow(2, -1, -7))
print(pow(10**30 + 1, 10**10, 10**9 + 7))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1/3) == (-8) ** (1/3))
print(pow(base=2, exp=5), pow(base=2, exp=5, mod=3))
print(sum(pow(i, 65537, 2**61 - 1) for i in range(1, 50)) % 1000003)
tests = [
    lambda: pow(2, 3, 0),
    lambda: pow(2, -1, 4),
    lambda: pow(2.0, 3, 5),
    lambda: pow(2, 3.0, 5),
    lambda: 0 ** -1,
    lambda: pow(0, -2),
    lambda: pow(0, -1, 5),
    lambda: 2 ** 'x',
    lambda: pow(2, 3, 'x'),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
