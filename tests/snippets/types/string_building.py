parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
s = ""
for ch in "abcde":
    s = ch + s
print(s)
rows = [["name", "qty"], ["apple", "3"], ["kiwi", "12"]]
widths = [max(len(r[i]) for r in rows) for i in range(2)]
for r in rows:
    print(" | ".join(cell.ljust(w) for cell, w in zip(r, widths)))
print("-" * 20)
print("\n".join(f"{i:>3}. {w}" for i, w in enumerate(["one", "two"], 1)))
