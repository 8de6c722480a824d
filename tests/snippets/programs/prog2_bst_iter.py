class Node:
    __slots__ = ("key", "value", "left", "right")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None

class BST:
    def __init__(self, items=()):
        self.root = None
        self._len = 0
        for k, v in items:
            self[k] = v

    def __setitem__(self, key, value):
        def insert(node):
            if node is None:
                self._len += 1
                return Node(key, value)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.value = value
            return node
        self.root = insert(self.root)

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __delitem__(self, key):
        def remove(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = remove(node.left, key)
            elif key > node.key:
                node.right = remove(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.value = succ.key, succ.value
                node.right = remove(node.right, succ.key)
                return node
            return node
        self.root = remove(self.root, key)
        self._len -= 1

    def __len__(self):
        return self._len

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def __reversed__(self):
        def walk(n):
            if n:
                yield from walk(n.right)
                yield n.key
                yield from walk(n.left)
        return walk(self.root)

    def items(self):
        return ((k, self[k]) for k in self)

    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def range(self, lo, hi):
        def walk(n):
            if n is None:
                return
            if lo < n.key:
                yield from walk(n.left)
            if lo <= n.key <= hi:
                yield n.key
            if n.key < hi:
                yield from walk(n.right)
        return list(walk(self.root))

    def __repr__(self):
        return "BST({" + ", ".join(f"{k!r}: {v!r}" for k, v in self.items()) + "})"

words = "the quick brown fox jumps over the lazy dog and then the fox sleeps".split()
t = BST()
for i, w in enumerate(words):
    t[w] = t[w] + [i] if w in t else [i]
print(t)
print(len(t), "height", t.height())
print(list(reversed(t))[:4])
print(t.range("d", "l"))
for k in ["the", "fox", "zzz", "and"]:
    try:
        del t[k]
        print("deleted", k, "->", list(t))
    except KeyError as e:
        print("KeyError", e)
it = iter(t)
print(next(it), next(it), sorted(t, key=len)[:3], max(t), "quick" in t)
nums = BST((k, k * k) for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(dict(nums.items()))
print(nums.height(), nums.range(33, 62), sum(nums))
