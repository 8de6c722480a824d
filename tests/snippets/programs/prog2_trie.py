class TrieNode:
    __slots__ = ("children", "count", "terminal")

    def __init__(self):
        self.children = {}
        self.count = 0
        self.terminal = 0

class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self.size = 0
        for w in words:
            self.add(w)

    def add(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        if not node.terminal:
            self.size += 1
        node.terminal += 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        n = self._find(word)
        return bool(n and n.terminal)

    def __len__(self):
        return self.size

    def __iter__(self):
        yield from self._walk(self.root, "")

    def _walk(self, node, prefix):
        if node.terminal:
            yield prefix
        for ch in sorted(node.children):
            yield from self._walk(node.children[ch], prefix + ch)

    def complete(self, prefix, limit=None):
        node = self._find(prefix)
        if node is None:
            return []
        scored = []
        stack = [(node, prefix)]
        while stack:
            n, p = stack.pop()
            if n.terminal:
                scored.append((-n.terminal, p))
            stack.extend((c, p + ch) for ch, c in n.children.items())
        scored.sort()
        return [w for _, w in scored[:limit]]

    def longest_common_prefix(self):
        node, out = self.root, []
        while len(node.children) == 1 and not node.terminal:
            (ch, node), = node.children.items()
            out.append(ch)
        return "".join(out)

text = """the theory of the thermal theme then there they thought through
though the throne threw three threads to them there then the end"""
t = Trie(text.split())
print(len(t), "distinct words")
print(list(t)[:10])
for p in ["th", "the", "thr", "x", "end", ""]:
    print(f"{p!r:6} -> {t.complete(p, 4)}")
print("them" in t, "th" in t, "then" in t)
print(Trie(["interview", "internet", "interval", "internal"]).longest_common_prefix())
print(Trie(["flower", "flow", "flight"]).longest_common_prefix(), Trie().longest_common_prefix() == "")
node = t._find("th")
print("words under 'th':", node.count, sum(1 for w in text.split() if w.startswith("th")))
