# List, dict and str work: building, indexing, slicing, joining, counting.
def run():
    words = []
    for i in range(60_000):
        words.append("w" + str(i % 997) + ("x" * (i % 5)))
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    keys = sorted(counts)
    text = " ".join(keys)
    parts = text.split(" ")
    upper = [p.upper() for p in parts if p.endswith("x")]
    rev = [s[::-1] for s in upper[:5000]]
    lst = list(range(200_000))
    lst2 = lst[::3] + lst[1::7]
    lst2.sort(reverse=True)
    d2 = {k: len(k) for k in keys}
    total = sum(d2.values()) + len(lst2) + lst2[100] + len(text) + len(rev[0])
    joined = ",".join(str(v) for v in lst[:50_000])
    return total, len(joined), joined.count("9"), len(counts)


for _ in range(14):
    result = run()
print(*result)
