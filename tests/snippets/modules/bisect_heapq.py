# bisect and heapq on their native accelerators (_bisect, _heapq): results, heap layouts,
# keys, sequences other than lists, and the error messages.
import bisect
import heapq
import _bisect
import _heapq

print(bisect.bisect_left.__module__, heapq.heappush.__module__, sorted(n for n in dir(_heapq) if not n.startswith("__")))
a = [1, 2, 2, 4, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 5), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2))
print(bisect.bisect(a, 2, lo=1, hi=None), bisect.bisect_left(a, 100), bisect.bisect_left(a, -1), bisect.bisect_right(a, 2, hi=-5))
bisect.insort(a, 3)
bisect.insort_left(a, 2)
bisect.insort_right(a, 9)
bisect.insort(a, 0, 0, 1)
print(a)
print(bisect.bisect_left([(1, "a"), (3, "b")], 2, key=lambda t: t[0]), bisect.bisect_right([(1, "a"), (3, "b")], 3, key=lambda t: t[0]))
people = [("ann", 20), ("bob", 30)]
bisect.insort(people, ("cy", 25), key=lambda p: p[1])
bisect.insort_left(people, ("dee", 30), key=lambda p: p[1])
print(people)
print(bisect.bisect_left("abcde", "c"), bisect.bisect_right((1, 2, 3), 2), bisect.bisect_left(range(0, 100, 5), 42))


class Seq(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)


s = Seq([1, 3])
bisect.insort(s, 2)
print(s)
h = []
for x in [5, 1, 8, 3, 9, 2, 7, 7, 0]:
    heapq.heappush(h, x)
print(h)
print(heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heappushpop(h, 6), heapq.heapreplace(h, 4), h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
words = ["pear", "fig", "apple", "kiwi", "banana"]
heapq.heapify(words)
print(words)
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, [4, 1, 7, 3]), list(heapq.merge([1, 3, 5], [2, 4])))
print(heapq.nlargest(2, words, key=len), list(heapq.merge([5, 3], [4, 1], reverse=True)))
mh = [1, 5, 3, 9, 2]
_heapq._heapify_max(mh)
print(mh, _heapq._heappop_max(mh), _heapq._heapreplace_max(mh, 4), mh)
pairs = [(3, "c"), (1, "a"), (2, "b")]
heapq.heapify(pairs)
print(pairs, heapq.heappop(pairs))


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(heapq.heappush, (), 1)
attempt(heapq.heappop, [])
attempt(heapq.heappop, ())
attempt(heapq.heapreplace, [], 1)
attempt(heapq.heappushpop, [], 1)
attempt(heapq.heapify, 5)
attempt(heapq.heappush, [])
attempt(heapq.heappop)
attempt(heapq.heappush, [1, "a"], 2)
attempt(bisect.bisect_left, [1, 2], 1, -1)
attempt(bisect.bisect_left, 5, 1)
attempt(bisect.bisect_left, [1, 2])
attempt(bisect.bisect_left)
attempt(bisect.bisect_left, [1, 2], 1, 0, 5)
attempt(bisect.insort, (1, 2), 1)
attempt(bisect.bisect_left, [1, "a"], 2)
attempt(bisect.bisect_left, [1, 2], 1, 0, 1, 1)
attempt(bisect.bisect_left, [1, 2], 1, lo=1.5)
attempt(bisect.bisect_left, [1, 2], 1, foo=1)


class Shrinker:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v


hp = []
hp.extend([Shrinker(1, hp), Shrinker(2, hp), Shrinker(3, hp)])
attempt(heapq.heappush, hp, Shrinker(0, hp))
