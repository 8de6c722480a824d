text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
import string
words = [w.strip(string.punctuation).lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, n in top:
    print(f"{w:>10} {'*' * n} {n}")
lines = text.splitlines()
print(len(lines), [len(l) for l in lines], max(lines, key=len)[:20])
print(" ".join(w.capitalize() for w in lines[0].split()[:5]))
print(text.count("it was"), text.lower().count("it was"), text.find("age"), text.rfind("age"))
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
enc = lines[0].lower().translate(caesar)
print(enc)
print(enc.translate(str.maketrans(string.ascii_lowercase[3:] + string.ascii_lowercase[:3], string.ascii_lowercase)))
vowels = sum(c in "aeiou" for c in text.lower())
print("vowels", vowels, "ratio", round(vowels / len(text), 4))
print({c: text.lower().count(c) for c in "xyz"})
print(sorted(set(words) - {"it", "was", "the", "of"})[:8])
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym, "%-6s|%6s|%06.2f|%x|%r" % ("ab", "cd", 3.14159, 255, "q"))
wrapped = []
line = ""
for w in text.split():
    if len(line) + len(w) + 1 > 30:
        wrapped.append(line)
        line = w
    else:
        line = f"{line} {w}".strip()
wrapped.append(line)
print("\n".join(f"|{l:<30}|" for l in wrapped[:4]))
