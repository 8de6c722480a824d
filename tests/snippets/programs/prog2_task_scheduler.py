import heapq
from itertools import count
from collections import defaultdict

class Task:
    def __init__(self, name, priority, duration, deps=()):
        self.name = name
        self.priority = priority
        self.duration = duration
        self.deps = set(deps)

    def __repr__(self):
        return f"Task({self.name}, p={self.priority}, d={self.duration})"

class CycleError(Exception):
    pass

class Scheduler:
    def __init__(self, workers):
        self.workers = workers
        self.tasks = {}
        self._seq = count()

    def add(self, *tasks):
        for t in tasks:
            self.tasks[t.name] = t

    def run(self):
        remaining = {n: set(t.deps) for n, t in self.tasks.items()}
        dependents = defaultdict(list)
        for n, t in self.tasks.items():
            for d in sorted(t.deps):
                dependents[d].append(n)
        ready = []
        for n, deps in remaining.items():
            if not deps:
                t = self.tasks[n]
                heapq.heappush(ready, (-t.priority, next(self._seq), n))
        running = []  # (finish_time, worker, name)
        free = list(range(self.workers))
        time = 0
        timeline = []
        done = 0
        while ready or running:
            while ready and free:
                _, _, n = heapq.heappop(ready)
                w = free.pop(0)
                heapq.heappush(running, (time + self.tasks[n].duration, w, n))
                timeline.append((time, w, n, "start"))
            time, w, n = heapq.heappop(running)
            timeline.append((time, w, n, "end"))
            done += 1
            free.append(w)
            free.sort()
            for m in dependents[n]:
                remaining[m].discard(n)
                if not remaining[m]:
                    t = self.tasks[m]
                    heapq.heappush(ready, (-t.priority, next(self._seq), m))
        if done != len(self.tasks):
            stuck = sorted(n for n, d in remaining.items() if d)
            raise CycleError(f"cannot schedule: {', '.join(stuck)}")
        return time, timeline

s = Scheduler(workers=2)
s.add(Task("fetch", 5, 3), Task("parse", 4, 2, ["fetch"]), Task("lint", 1, 1),
      Task("compile", 5, 4, ["parse"]), Task("test", 3, 3, ["compile"]),
      Task("docs", 2, 2, ["parse"]), Task("package", 5, 1, ["test", "docs", "lint"]))
total, tl = s.run()
for t, w, n, ev in tl:
    print(f"t={t:>2} worker{w} {ev:<5} {n}")
print("makespan", total)

print(heapq.nsmallest(3, s.tasks.values(), key=lambda t: (t.duration, t.name)))
print(heapq.nlargest(2, [t.priority * t.duration for t in s.tasks.values()]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])))

bad = Scheduler(1)
bad.add(Task("a", 1, 1, ["c"]), Task("b", 1, 1, ["a"]), Task("c", 1, 1, ["b"]), Task("d", 1, 1))
try:
    bad.run()
except CycleError as e:
    print("CycleError:", e)
