print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, -(2 ** 2))
print(2 ** -1, 2 ** -2 ** 2, -2 ** -2)
print(-3 ** 3, - - 3 ** 2, ~2 ** 2, +2 ** -1)
print(4 ** 0.5, (-8) ** (1 / 3) == (-8) ** (1 / 3), type((-8) ** 0.5).__name__)
print(0 ** 0, 0.0 ** 0, 1 ** 10**6, (-1) ** 10**6 + (-1) ** (10**6 + 1))
print(pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3), pow(2, 0.5) == 2 ** 0.5)
print(2 * 3 ** 2, 2 ** 3 * 2, -1 * -1 ** 2, 10 - 2 ** 2 - 1)
print(not 2 ** 0 - 1, 2 ** 2 ** 0, (1 + 1) ** (1 + 1) ** (1 + 1))
x = 3
x **= 2 ** 1
print(x)
for a, b in [(0, -1), (0.0, -1), (-8.0, 1 / 3)]:
    try:
        r = a ** b
        print(type(r).__name__)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print(len(str(7 ** 77)), (-2) ** 63, 2 ** 64 - 1)
