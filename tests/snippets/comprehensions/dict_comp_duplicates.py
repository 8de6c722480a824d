pairs = [("a", 1), ("b", 2), ("a", 3)]
print({k: v for k, v in pairs})
print({len(w): w for w in ["hi", "yo", "hey", "sup"]})
print({x % 3: x for x in range(10)})
print(dict.fromkeys("banana"))
print({k: sum(v for kk, v in pairs if kk == k) for k, _ in pairs})
