from functools import lru_cache, cache

def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
    result = d(len(a), len(b))
    info = d.cache_info()
    return result, info.currsize

def alignment(a, b):
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        dp[i][0] = i
    for j in range(m + 1):
        dp[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = a[i - 1] != b[j - 1]
            dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + cost)
    ops = []
    i, j = n, m
    while i or j:
        if i and j and dp[i][j] == dp[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            ops.append("=" if a[i - 1] == b[j - 1] else "~")
            i, j = i - 1, j - 1
        elif i and dp[i][j] == dp[i - 1][j] + 1:
            ops.append("-")
            i -= 1
        else:
            ops.append("+")
            j -= 1
    return "".join(reversed(ops))

@cache
def lcs(a, b):
    if not a or not b:
        return ""
    if a[0] == b[0]:
        return a[0] + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]), key=len)

def knapsack(items, capacity):
    @lru_cache(maxsize=None)
    def best(i, cap):
        if i == len(items):
            return 0, ()
        name, w, v = items[i]
        skip = best(i + 1, cap)
        if w > cap:
            return skip
        val, chosen = best(i + 1, cap - w)
        take = (val + v, (name,) + chosen)
        return max(skip, take)
    return best(0, capacity)

def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    fewest = [0] + [float("inf")] * amount
    for x in range(1, amount + 1):
        fewest[x] = min((fewest[x - c] + 1 for c in coins if c <= x), default=float("inf"))
    return ways[amount], fewest[amount]

pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("same", "same")]
for a, b in pairs:
    dist, cached = edit_distance(a, b)
    print(f"{a!r:>12} -> {b!r:<12} dist={dist} cached={cached:3d} ops={alignment(a, b)}")
print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"), repr(lcs("abc", "xyz")))
print(lcs.cache_info().hits > 0)
items = (("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40))
print(knapsack(items, 200))
print(coin_change((1, 5, 10, 25), 100), coin_change((2, 7), 3), coin_change((3, 7), 20))
