import heapq
from collections import Counter
from itertools import groupby, count

def rle_encode(s):
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))

def rle_decode(s):
    import re
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))

class Node:
    def __init__(self, freq, sym=None, left=None, right=None):
        self.freq, self.sym, self.left, self.right = freq, sym, left, right

    def is_leaf(self):
        return self.sym is not None

def build_tree(text):
    freq = Counter(text)
    tie = count()
    heap = [(f, next(tie), Node(f, s)) for s, f in sorted(freq.items())]
    heapq.heapify(heap)
    while len(heap) > 1:
        f1, _, a = heapq.heappop(heap)
        f2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (f1 + f2, next(tie), Node(f1 + f2, left=a, right=b)))
    return heap[0][2]

def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if node.is_leaf():
        table[node.sym] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table

def encode(text, table):
    return "".join(table[c] for c in text)

def decode(bits, root):
    out = []
    node = root
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.is_leaf():
            out.append(node.sym)
            node = root
    return "".join(out)

for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc", ""]:
    e = rle_encode(s)
    assert rle_decode(e) == s
    print(f"{len(s):3d} -> {len(e):3d}: {e!r}")

text = "this is an example of a huffman tree, it compresses text by frequency"
root = build_tree(text)
table = codes(root)
for sym, code in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0])):
    print(f"{sym!r:5} {code}")
bits = encode(text, table)
print(len(text) * 8, "bits ->", len(bits), f"bits ({len(bits) / (len(text) * 8):.1%})")
assert decode(bits, root) == text
packed = int(bits, 2).to_bytes((len(bits) + 7) // 8, "big")
print(packed[:8].hex(), len(packed))
prefix_free = all(not b.startswith(a) for a in table.values() for b in table.values() if a != b)
print("prefix free:", prefix_free)
one = build_tree("zzzz")
print(codes(one), decode(encode("zzzz", codes(one)), one) if False else encode("zzzz", codes(one)))
