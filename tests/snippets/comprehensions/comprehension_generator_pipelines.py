import itertools
lines = ["# header", "alpha 3", "", "beta 5", "# note", "gamma x", "delta 7"]
stripped = (l.strip() for l in lines)
content = (l for l in stripped if l and not l.startswith("#"))
pairs = (l.split() for l in content)
valid = ((name, int(n)) for name, n in pairs if n.isdigit())
print(list(valid))
print(list(content))

words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {k: [w.upper() for w in g] for k, g in itertools.groupby(words, key=lambda w: w[0])}
print(groups)
print(sum(len(w) for w in words if "e" in w), any(w.endswith("y") for w in words))
nested = [[x * y for y in range(1, 4)] for x in range(1, 4)]
print([sum(row) for row in nested], [col for col in zip(*nested)])
print(dict(zip(words, (len(w) for w in words))))
print(sorted({w[-1] for w in words}))
flat = [c for w in words[:2] for c in w if c in "aeiou"]
print(flat, "".join(sorted(set(flat))))
print(list(itertools.chain.from_iterable([w[:2]] for w in words)))
total = 0
running = [total := total + len(w) for w in words]
print(running, total)
print({i: {j for j in range(i)} for i in range(4)})
print([(i, j) for i, j in itertools.product(range(3), repeat=2) if i < j])
it = iter(range(10))
print([next(it) for _ in range(3)], list(it)[:2])
