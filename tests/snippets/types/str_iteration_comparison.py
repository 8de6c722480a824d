words = ["apple", "Apple", "banana", "apple pie", "", "b"]
print(sorted(words), min(words), max(words))
print([w for w in words if w.startswith("a")], [len(w) for w in words])
for c in "héllo":
    print(c, ord(c), end="; ")
print()
print("abc" < "abd" < "b", "a" * 3 == "aaa", "Z" < "a", "10" < "9")
