prices = {"apple": 1.25, "bread": 2.5, "milk": 0.99}
for name in prices:
    print(name, prices[name])
for name, price in sorted(prices.items(), key=lambda kv: kv[1]):
    print(f"{name:>6}: {price:5.2f}")
print(sum(prices.values()), max(prices, key=prices.get))
inverted = {v: k for k, v in prices.items()}
print(inverted)
print(list(enumerate(prices)))
