# << and >> on small, big and negative ints; shift-count errors
for n in [1, -1, 5, -5, 2**64 + 1, -(2**64) - 1]:
    print(n << 0, n << 3, n << 70, n >> 1, n >> 3, n >> 70, n >> 1000)
print(1 << 100, (1 << 100) >> 99, -1 >> 5, -16 >> 2, -17 >> 2)
print(True << 3, 8 >> True, 0 << 10**6 == 0, 5 >> 10**20)
tests = [
    lambda: 1 << -1,
    lambda: 1 >> -1,
    lambda: 1 << 1.0,
    lambda: 1.0 << 1,
    lambda: 1 << 10**20,
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
