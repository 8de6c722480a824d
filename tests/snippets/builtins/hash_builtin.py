print(hash(1), hash(-1), hash(0), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(1.5), hash(1.0), hash(-0.0), hash(0.1), hash(2.5), hash(1e100))
print(hash(float("inf")), hash(float("-inf")))
print(hash((1, 2)), hash(()), hash((1,)), hash((1, (2, 3))), hash((-1, -2)))
print(hash(True), hash(False), hash(None) == hash(None))
print(hash(10 ** 30), hash(-(10 ** 30)), hash(2 ** 100))
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(0.5) == hash(1 / 2))
print(hash(frozenset()), hash(frozenset([1, 2, 3])))
print(hash(3 + 4j), hash(1j))
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
