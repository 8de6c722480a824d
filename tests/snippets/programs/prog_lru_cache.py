class Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, k, default=None):
        n = self.map.get(k)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push(n)
        return n.value
    def put(self, k, v):
        if k in self.map:
            n = self.map[k]
            n.value = v
            self._unlink(n)
        else:
            if len(self.map) >= self.cap:
                old = self.tail.prev
                self._unlink(old)
                del self.map[old.key]
            n = self.map[k] = Node(k, v)
        self._push(n)
    def keys(self):
        n, out = self.head.next, []
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out
    def __len__(self):
        return len(self.map)
    def __contains__(self, k):
        return k in self.map
c = LRU(3)
for k in "abcab":
    c.put(k, ord(k))
print(c.keys(), len(c))
print(c.get("a"), c.get("z", -1), c.keys())
c.put("d", 100)
print(c.keys(), "b" in c, "c" in c)
for i in range(10):
    c.put(i % 4, i)
print(c.keys(), [c.get(i) for i in range(4)], c.hits, c.misses)
def memo(fn):
    cache = LRU(100)
    def wrapped(n):
        r = cache.get(n)
        if r is None:
            r = fn(n)
            cache.put(n, r)
        return r
    wrapped.cache = cache
    return wrapped
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache.hits, fib.cache.misses, len(fib.cache))
