import random
from functools import cmp_to_key

class Counted:
    comparisons = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Counted.comparisons += 1
        return self.v < other.v

    def __repr__(self):
        return repr(self.v)

def bubble(a):
    a = list(a)
    for n in range(len(a) - 1, 0, -1):
        swapped = False
        for i in range(n):
            if a[i + 1] < a[i]:
                a[i], a[i + 1] = a[i + 1], a[i]
                swapped = True
        if not swapped:
            break
    return a

def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and x < a[j]:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a

def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j]); j += 1
        else:
            out.append(left[i]); i += 1
    return out + left[i:] + right[j:]

def quicksort(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    less = [x for x in a if x < pivot]
    greater = [x for x in a if pivot < x]
    equal = [x for x in a if not (x < pivot or pivot < x)]
    return quicksort(less) + equal + quicksort(greater)

def heapsort(a):
    a = list(a)
    n = len(a)
    def sift(i, n):
        while True:
            big, l, r = i, 2 * i + 1, 2 * i + 2
            if l < n and a[big] < a[l]:
                big = l
            if r < n and a[big] < a[r]:
                big = r
            if big == i:
                return
            a[i], a[big] = a[big], a[i]
            i = big
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a

def counting_sort(a):
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]

rng = random.Random(42)
data = [rng.randint(-50, 50) for _ in range(60)]
expected = sorted(data)
algos = [bubble, insertion, merge_sort, quicksort, heapsort, sorted]
print(f"{'algorithm':<12}{'random':>8}{'sorted':>8}{'reverse':>8}")
for algo in algos:
    row = []
    for inp in (data, expected, expected[::-1]):
        Counted.comparisons = 0
        result = algo([Counted(x) for x in inp])
        assert [c.v for c in result] == expected, algo.__name__
        row.append(Counted.comparisons)
    print(f"{algo.__name__:<12}" + "".join(f"{c:>8}" for c in row))
print(counting_sort(data) == expected, data[:10])

pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
stable = merge_sort([(Counted(p[1]), p) for p in pairs]) if False else None
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: (-p[1], p[0])))
def cmp(x, y):
    return (len(x) > len(y)) - (len(x) < len(y)) or (x > y) - (x < y)
words = "pear fig apple kiwi banana date plum".split()
print(sorted(words, key=cmp_to_key(cmp)), sorted(words, key=len, reverse=True))
people = [{"n": "Zoe", "age": 30}, {"n": "adam", "age": 25}, {"n": "Bob", "age": 30}]
print([p["n"] for p in sorted(people, key=lambda p: (-p["age"], p["n"].lower()))])
shuffled = list(range(10))
rng.shuffle(shuffled)
print(shuffled, rng.sample(range(100), 5), rng.choice(words))
