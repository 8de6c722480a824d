from collections import OrderedDict, deque, namedtuple
from functools import lru_cache

class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
        self.evicted = []

    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            k, _ = self.data.popitem(last=False)
            self.evicted.append(k)

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"

class LFUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.freq = {}
        self.tick = 0
        self.last = {}

    def get(self, key):
        if key not in self.values:
            return None
        self.freq[key] += 1
        self.tick += 1
        self.last[key] = self.tick
        return self.values[key]

    def put(self, key, value):
        self.tick += 1
        if key not in self.values and len(self.values) >= self.capacity:
            victim = min(self.values, key=lambda k: (self.freq[k], self.last[k]))
            for d in (self.values, self.freq, self.last):
                del d[victim]
        self.values[key] = value
        self.freq[key] = self.freq.get(key, 0) + 1
        self.last[key] = self.tick

c = LRUCache(3)
for op in ["put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d"]:
    parts = op.split()
    if parts[0] == "put":
        c.put(parts[1], int(parts[2]))
    else:
        print(f"get {parts[1]} -> {c.get(parts[1], 'MISS')}")
print(c, c.evicted, len(c), "a" in c)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)

lfu = LFUCache(2)
lfu.put(1, "one"); lfu.put(2, "two"); lfu.get(1); lfu.put(3, "three")
print(sorted(lfu.values.items()), lfu.get(2), lfu.get(3))

@lru_cache(maxsize=4)
def slow_square(n):
    return n * n
for n in [1, 2, 3, 1, 4, 5, 1, 2]:
    slow_square(n)
info = slow_square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
slow_square.cache_clear()
print(slow_square.cache_info().currsize)

history = deque(maxlen=4)
for cmd in ["ls", "cd src", "vim main.py", "make", "make test", "git status"]:
    history.append(cmd)
print(list(history), history.maxlen)
history.rotate(1)
print(history[0], history.popleft(), list(history))
d = deque([1, 2, 3])
d.extendleft([0, -1])
d.appendleft(-2)
print(d, d.count(0), d.index(2), list(reversed(d)))
Stat = namedtuple("Stat", ["key", "hits"], defaults=[0])
print(Stat("x"), Stat("y", 3)._asdict(), Stat._field_defaults)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print("".join(od), od.popitem(), od == OrderedDict.fromkeys("eacd"), dict(od) == dict.fromkeys("dcae"))
