print(1 == "1", 1 != "1", [] == (), None == 0, 0 == False, "" == b"")
print(1 < 2.5 < 3, True < 2, 0.0 == False)
for a, b in [(1, "1"), ([], ()), (None, None), ({}, [])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
print(sorted([3, 1.5, True, 2]))
print(max(1, 2.5, True), min(-1, -1.5))
print(float("nan") in [float("nan")])
n = float("nan")
print(n in [n], [n] == [n], (n,) == (n,))
