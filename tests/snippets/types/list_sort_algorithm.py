# list.sort / sorted: stability, reverse stability, natural runs, homogeneous fast paths,
# mixed keys, errors raised mid-sort, mutation during sort.
_state = [7]


def rand():
    _state[0] = (_state[0] * 1103515245 + 12345) % 2**31
    return _state[0] / 2**31


data = [int(rand() * 100) for _ in range(2000)]
pairs = [(x, i) for i, x in enumerate(data)]
s = sorted(pairs, key=lambda p: p[0])
print(all(s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(len(s) - 1)))
r = sorted(pairs, key=lambda p: p[0], reverse=True)
print(all(r[i][0] > r[i + 1][0] or (r[i][0] == r[i + 1][0] and r[i][1] < r[i + 1][1]) for i in range(len(r) - 1)))
print(sorted(data) == sorted(data, key=lambda x: x), sorted(data)[:10], sorted(data, reverse=True)[:10])

# Natural runs: ascending, descending, sawtooth, organ pipe.
for seq in [list(range(1000)), list(range(1000, 0, -1)), [i % 37 for i in range(1000)],
            list(range(500)) + list(range(500, 0, -1)), [5] * 300]:
    out = sorted(seq)
    print(out[:5], out[-5:], out == sorted(seq, key=lambda v: (v,)))

# Floats, strs, big ints, mixed int/float, tuples.
fl = [rand() * 100 - 50 for _ in range(500)]
print(sorted(fl)[:3] == sorted(fl, key=float)[:3], sorted([3.5, -1.0, 2.25, 0.0, -0.0]))
words = ["pear", "Apple", "banana", "apple", "épée", "zebra", "Zed", "", "a" * 3, "ü"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, reverse=True))
print(sorted([10**30, -10**25, 5, 2**62, -3]), sorted([1, 2.5, -1, True, 0.5, False]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
nan = float("nan")
print(sorted([3.0, 1.0, 2.0]), len(sorted([nan, 1.0, nan, 0.5])))

# Errors: comparing incompatible types, a key that raises.
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, lst)


class Bad:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13:
            raise ValueError("unlucky")
        return self.v < other.v


items = [Bad(v) for v in range(20, 0, -1)]
try:
    items.sort()
except ValueError as e:
    print("ValueError:", e, sorted(b.v for b in items) == list(range(1, 21)))

# Mutation during sort is detected.
lst = [5, 3, 1, 4]


def key(v):
    lst.append(v)
    return v


try:
    lst.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
print(lst)


# User __lt__ that is inconsistent still leaves a permutation.
class Liar:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return rand() < 0.5


liars = [Liar(i) for i in range(200)]
liars.sort()
print(sorted(l.v for l in liars) == list(range(200)))
