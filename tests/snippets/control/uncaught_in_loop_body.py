totals = {"a": 0, "b": 0}
events = [("a", 5), ("b", 3), ("c", 1), ("a", 2)]
for key, amount in events:
    totals[key] += amount
    print(key, totals[key])
