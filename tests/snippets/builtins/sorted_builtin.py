print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True))
people = [("bob", 25), ("ann", 30), ("cy", 25), ("dee", 30), ("al", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted({3: "a", 1: "b"}), sorted({5, 2, 8}), sorted(()), sorted([1.5, -2, 0]))
data = [5, 2, 9]
s = sorted(data)
print(data, s, s is data)
l = [(1, "b"), (0, "z"), (1, "a")]
l.sort(key=lambda t: t[0])
print(l)
