import heapq
import random
from bisect import insort

class RunningMedian:
    def __init__(self):
        self.low = []   # max-heap via negation
        self.high = []  # min-heap

    def add(self, x):
        if self.low and x > -self.low[0]:
            heapq.heappush(self.high, x)
        else:
            heapq.heappush(self.low, -x)
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))
        elif len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self):
        if not self.low:
            raise ValueError("median of empty stream")
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) / 2

    def __len__(self):
        return len(self.low) + len(self.high)

class TopK:
    def __init__(self, k):
        self.k = k
        self.heap = []

    def push(self, score, item):
        entry = (score, item)
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, entry)
        elif entry > self.heap[0]:
            heapq.heapreplace(self.heap, entry)

    def result(self):
        return sorted(self.heap, reverse=True)

rng = random.Random(7)
stream = [rng.randint(1, 100) for _ in range(25)]
rm = RunningMedian()
medians = []
check = []
for x in stream:
    rm.add(x)
    insort(check, x)
    n = len(check)
    expected = check[n // 2] if n % 2 else (check[n // 2 - 1] + check[n // 2]) / 2
    assert rm.median() == expected
    medians.append(rm.median())
print(stream)
print(medians)
print(len(rm), rm.median(), sorted(stream)[12])
try:
    RunningMedian().median()
except ValueError as e:
    print("ValueError:", e)

top = TopK(3)
words = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()
for w in words:
    top.push(sum(map(ord, w)) % 97, w)
print(top.result())

def k_way_merge(*lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    while heap:
        val, i, j = heapq.heappop(heap)
        yield val
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))

print(list(k_way_merge([1, 5, 9], [2, 2, 8], [], [0, 10])))
events = [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]
heapq.heapify(events)
print([heapq.heappop(events) for _ in range(len(events))])
h = [5, 3, 8]
heapq.heapify(h)
print(heapq.heappushpop(h, 1), heapq.heappushpop(h, 10), sorted(h))
print(heapq.nsmallest(4, stream), heapq.nlargest(3, words, key=len))
