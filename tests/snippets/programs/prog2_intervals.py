from bisect import bisect_left, bisect_right, insort
from functools import total_ordering

@total_ordering
class Interval:
    def __init__(self, lo, hi):
        if lo > hi:
            raise ValueError(f"empty interval [{lo}, {hi}]")
        self.lo, self.hi = lo, hi

    def __eq__(self, o):
        return (self.lo, self.hi) == (o.lo, o.hi)

    def __lt__(self, o):
        return (self.lo, self.hi) < (o.lo, o.hi)

    def __len__(self):
        return self.hi - self.lo

    def __contains__(self, x):
        return self.lo <= x < self.hi

    def overlaps(self, o):
        return self.lo <= o.hi and o.lo <= self.hi

    def __or__(self, o):
        return Interval(min(self.lo, o.lo), max(self.hi, o.hi))

    def __and__(self, o):
        lo, hi = max(self.lo, o.lo), min(self.hi, o.hi)
        return Interval(lo, hi) if lo <= hi else None

    def __repr__(self):
        return f"[{self.lo},{self.hi})"

def merge(intervals):
    out = []
    for iv in sorted(intervals):
        if out and out[-1].overlaps(iv):
            out[-1] = out[-1] | iv
        else:
            out.append(iv)
    return out

def gaps(merged, lo, hi):
    cur = lo
    for iv in merged:
        if iv.lo > cur:
            yield Interval(cur, min(iv.lo, hi))
        cur = max(cur, iv.hi)
    if cur < hi:
        yield Interval(cur, hi)

meetings = [Interval(*p) for p in [(9, 10), (13, 15), (9, 12), (16, 17), (14, 16), (18, 18), (11, 11)]]
m = merge(meetings)
print("merged:", m)
print("free:", list(gaps(m, 8, 19)))
print("busy hours:", sum(map(len, m)))
print("max overlap:", max(sum(1 for iv in meetings if t in iv) for t in range(8, 19)))
print(Interval(1, 5) & Interval(3, 9), Interval(1, 2) & Interval(5, 6), Interval(1, 5) >= Interval(1, 3))
try:
    Interval(5, 1)
except ValueError as e:
    print("ValueError:", e)

class IntervalSet:
    def __init__(self):
        self.starts = []
        self.ends = []

    def add(self, lo, hi):
        i = bisect_left(self.ends, lo)
        j = bisect_right(self.starts, hi)
        if i < j:
            lo = min(lo, self.starts[i])
            hi = max(hi, self.ends[j - 1])
        self.starts[i:j] = [lo]
        self.ends[i:j] = [hi]

    def __contains__(self, x):
        i = bisect_right(self.starts, x) - 1
        return i >= 0 and x <= self.ends[i]

    def __repr__(self):
        return " ".join(f"[{a},{b}]" for a, b in zip(self.starts, self.ends))

s = IntervalSet()
for lo, hi in [(1, 3), (10, 12), (5, 7), (2, 5), (20, 25), (13, 14), (11, 13), (0, 0)]:
    s.add(lo, hi)
    print(f"add [{lo},{hi}] -> {s}")
print([x for x in range(-1, 27) if x in s])
scores = []
for v in [50, 20, 80, 20, 65]:
    insort(scores, v)
print(scores, bisect_left(scores, 20), bisect_right(scores, 20), bisect_left(scores, 100))
