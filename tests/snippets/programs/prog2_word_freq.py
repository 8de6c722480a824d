import re
import string
from collections import Counter, defaultdict, OrderedDict

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way."""

STOP = frozenset("it was the of we us to all had".split())

words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(len(words), "words,", len(freq), "distinct")
print(freq.most_common(5))
content = Counter(w for w in words if w not in STOP)
width = max(map(len, content))
for w, n in sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{w:>{width}} {'*' * n} {n}")

bigrams = Counter(zip(words, words[1:]))
print([" ".join(b) for b, _ in bigrams.most_common(3)])
by_len = defaultdict(list)
for w in sorted(freq):
    by_len[len(w)].append(w)
print({k: v for k, v in sorted(by_len.items()) if k >= 8})

letters = Counter(ch for ch in TEXT.lower() if ch in string.ascii_lowercase)
print("".join(ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))
print("missing letters:", [c for c in string.ascii_lowercase if not letters[c]])
a = Counter("abracadabra")
b = Counter("alakazam")
print(sorted((a + b).items()), sorted((a - b).items()), sorted((a & b).items()), sorted((a | b).items()))
print(a.total(), sorted(a.elements())[:6], a["z"], +Counter({"x": -1, "y": 2}))
a.subtract(b)
print(sorted(a.items()))

lru = OrderedDict()
for w in words[:20]:
    lru[w] = lru.get(w, 0) + 1
    lru.move_to_end(w)
    if len(lru) > 4:
        lru.popitem(last=False)
print(list(lru.items()))
sentences = [s.strip() for s in re.split(r",\s*", TEXT.replace("\n", " ")) if s]
print(len(sentences), max(sentences, key=len))
title = string.capwords("the winter of despair")
print(title, TEXT.count("it was"), TEXT.split()[:3], "-".join(w.capitalize() for w in words[:4]))
