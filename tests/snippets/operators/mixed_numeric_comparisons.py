import math
print(1 == 1.0, 1 == 1 + 0j, True == 1, False == 0.0, 1.0 == 1 + 0j)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < math.inf, -math.inf < -10 ** 400)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 < nan, nan == 10 ** 400)
print([nan] == [nan], nan in [nan], (nan,) == (nan,))
print(0.1 + 0.2 > 0.3, 1 / 3 == 0.3333333333333333, 9007199254740993 == 9007199254740992.0)
print(max(1, 1.0), max(1.0, 1), min(True, 1), sorted([3, 2.5, True, 0.0, -1]))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(float(2 ** 70)))
print({1: "int", 1.0: "float", True: "bool"})
print(len({0, 0.0, False, -0.0, 0j}))
for a, b in [(1, "1"), (1j, 1j), (None, 0)]:
    print(a == b, a != b)
for a, b in [(1j, 2j), (1, "1"), (None, 0), ([], ())]:
    try:
        a < b
    except TypeError as e:
        print(type(e).__name__, e)
print(-0.0 == 0.0, math.copysign(1, -0.0), 1 / math.inf == 0)
print(True + True, True * 1.5, 3 // 2.0, 7 % -3.0, -7 // 2, divmod(-7.5, 2))
print(round(0.5) == round(-0.5), 1 < 2.5 < 3 < 3.5j.imag + 0.1)
