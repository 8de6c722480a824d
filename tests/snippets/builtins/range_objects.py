r = range(0, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:3], r[::-1])
print(range(5), range(1, 5), range(1, 10, 2), range(10, 0, -1))
print(list(range(10, 0, -3)), list(range(-1, -10, -2)))
print(6 in r, 7 in r, r.index(9), r.count(9), r.count(10))
print(range(0) == range(5, 5), range(1, 4) == range(1, 4, 1), range(0, 3, 2) == range(0, 4, 2))
print(r.start, r.stop, r.step)
big = range(10 ** 18)
print(len(big), big[-1], 10 ** 17 in big)
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
print(list(reversed(range(5))), sum(range(101)))
