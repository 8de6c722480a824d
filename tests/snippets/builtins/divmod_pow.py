print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-1.5, 1))
print(pow(2, 8), pow(2, -2), pow(2.0, 0.5), pow(-8, 1 / 3) if False else pow(-2, 3))
print(pow(2, 100, 97), pow(7, 0, 1), pow(0, 0), pow(5, -1, 7), pow(-3, 3, 5))
print(pow(base=2, exp=5), pow(3, 4, mod=10))
for args in [(2, 3.0, 5), (2, -1, 4), (2, 2, 0)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
