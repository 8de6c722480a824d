print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
print(1 < 2 > 1, "a" < "b" <= "b" != "c")
x = 5
print(0 < x <= 5, 0 < x < 5)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), [1, [2]] == [1, [2]])
one, empty = 1, []
print(one is not None, None is None, empty is not [])
print(2 in [1, 2], 3 not in {1: 2}, "ab" in "cabd", "" in "x")
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    {1} < [1]
except TypeError as e:
    print(e)
try:
    None > None
except TypeError as e:
    print(e)
print(float("nan") == float("nan"), float("nan") != float("nan"))
n = float("nan")
print(n in [n], [n] == [n], (n,) == (n,))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7.5 // 2, -7.5 % 2, divmod(-7, 2))
print(2 ** -1, (-8) ** (1/3) if False else 0, 0 ** 0, 10 ** 20, (-2) ** 3, 2 ** 0.5)
print(~5, -(-5), +True, -True, ~True)
print(1 << 70, -1 >> 3, (1 << 70) >> 69, 6 & -2, -6 | 1, 5 ^ -1)
print(True + True, True * 3, False - 1, True / 2)
print(not [], not [0], 0 or "default", "" and "never", None or 0)
print(3 if [] else 4, [] or {} or () or "last")
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0
except ZeroDivisionError as e:
    print(e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
