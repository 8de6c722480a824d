import random
from collections import Counter
from itertools import product
from math import comb, isclose

rng = random.Random(2024)

class Die:
    def __init__(self, sides=6, weights=None):
        self.sides = sides
        self.faces = list(range(1, sides + 1))
        self.weights = weights

    def roll(self, n=1):
        return rng.choices(self.faces, weights=self.weights, k=n)

    def __repr__(self):
        return f"d{self.sides}" + ("*" if self.weights else "")

def exact_distribution(dice):
    dist = Counter(sum(r) for r in product(*(range(1, d + 1) for d in dice)))
    total = sum(dist.values())
    return {k: v / total for k, v in sorted(dist.items())}

def histogram(counter, scale):
    for k in sorted(counter):
        print(f"{k:>3} {counter[k]:>5} {'#' * round(counter[k] / scale)}")

d6 = Die()
rolls = [sum(d6.roll(2)) for _ in range(3000)]
hist = Counter(rolls)
histogram(hist, 25)
exact = exact_distribution([6, 6])
worst = max(abs(hist[k] / 3000 - p) for k, p in exact.items())
print(f"max deviation {worst:.4f}", worst < 0.03)
print({k: f"{p:.3f}" for k, p in exact_distribution([4, 8]).items() if p >= 0.1})

loaded = Die(6, weights=[1, 1, 1, 1, 1, 5])
print(loaded, Counter(loaded.roll(1000)).most_common(2))

def monty_hall(trials, switch):
    wins = 0
    for _ in range(trials):
        car = rng.randrange(3)
        pick = rng.randrange(3)
        opened = next(d for d in range(3) if d != car and d != pick)
        if switch:
            pick = next(d for d in range(3) if d not in (pick, opened))
        wins += pick == car
    return wins / trials

print(f"monty: stay={monty_hall(3000, False):.3f} switch={monty_hall(3000, True):.3f}")

def yahtzee_prob(trials):
    hits = 0
    for _ in range(trials):
        dice = d6.roll(5)
        for _ in range(2):
            best = Counter(dice).most_common(1)[0][0]
            dice = [d for d in dice if d == best] + d6.roll(sum(1 for d in dice if d != best))
        hits += len(set(dice)) == 1
    return hits / trials

print(f"yahtzee in 3 rolls ~ {yahtzee_prob(4000):.4f}")
p_two_sixes = comb(5, 2) * (1 / 6) ** 2 * (5 / 6) ** 3
print(f"P(exactly two sixes in 5) = {p_two_sixes:.5f}", isclose(sum(exact.values()), 1.0))
walk = [0]
for step in rng.choices([-1, 1], k=200):
    walk.append(walk[-1] + step)
print("walk end", walk[-1], "max", max(walk), "min", min(walk), "returns", walk.count(0))
print(rng.random() < 1, rng.uniform(1, 2) >= 1, rng.gauss(0, 1) != rng.gauss(0, 1), rng.getrandbits(16) < 65536)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
hand = sorted(deck[:5], key=lambda c: "A23456789TJQK".index(c[0]))
print(hand, len(set(deck)))
