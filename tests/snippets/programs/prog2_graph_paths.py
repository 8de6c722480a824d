import heapq
from collections import defaultdict
from itertools import permutations

class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict)
        self.directed = directed

    def add_edge(self, a, b, w=1):
        self.adj[a][b] = w
        if not self.directed:
            self.adj[b][a] = w
        else:
            self.adj[b]

    def __contains__(self, node):
        return node in self.adj

    def __iter__(self):
        return iter(sorted(self.adj))

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        pq = [(0, src)]
        while pq:
            d, u = heapq.heappop(pq)
            if d > dist[u]:
                continue
            for v, w in sorted(self.adj[u].items()):
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(pq, (nd, v))
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            raise LookupError(f"no path {src} -> {dst}")
        p = [dst]
        while p[-1] != src:
            p.append(prev[p[-1]])
        return p[::-1], dist[dst]

    def floyd(self):
        nodes = list(self)
        INF = float("inf")
        d = {a: {b: 0 if a == b else self.adj[a].get(b, INF) for b in nodes} for a in nodes}
        for k in nodes:
            for i in nodes:
                for j in nodes:
                    if d[i][k] + d[k][j] < d[i][j]:
                        d[i][j] = d[i][k] + d[k][j]
        return d

    def mst(self):
        start = next(iter(self))
        seen = {start}
        edges = [(w, start, v) for v, w in self.adj[start].items()]
        heapq.heapify(edges)
        tree = []
        while edges and len(seen) < len(self.adj):
            w, a, b = heapq.heappop(edges)
            if b in seen:
                continue
            seen.add(b)
            tree.append((a, b, w))
            for c, w2 in self.adj[b].items():
                if c not in seen:
                    heapq.heappush(edges, (w2, b, c))
        return tree

    def components(self):
        seen, comps = set(), []
        for n in self:
            if n in seen:
                continue
            stack, comp = [n], []
            seen.add(n)
            while stack:
                u = stack.pop()
                comp.append(u)
                for v in self.adj[u]:
                    if v not in seen:
                        seen.add(v)
                        stack.append(v)
            comps.append(sorted(comp))
        return comps

g = Graph()
for a, b, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
                ("E", "D", 4), ("D", "F", 11), ("X", "Y", 1)]:
    g.add_edge(a, b, w)
dist, _ = g.dijkstra("A")
print(sorted(dist.items()))
for dst in ("D", "F", "Y"):
    try:
        p, d = g.path("A", dst)
        print(f"A->{dst}: {'-'.join(p)} ({d})")
    except LookupError as e:
        print("LookupError:", e)
fw = g.floyd()
print("  " + " ".join(f"{n:>4}" for n in g))
for a in g:
    print(a, " ".join(f"{fw[a][b]:>4}" if fw[a][b] != float("inf") else "   -" for b in g))
mst = g.mst()
print(mst, sum(w for *_, w in mst))
print(g.components(), "Q" in g, "A" in g)
cities = ["A", "B", "C", "D", "E"]
best = min(permutations(cities[1:]), key=lambda r: sum(fw[a][b] for a, b in zip(("A",) + r, r + ("A",))))
print("tour", "A", *best, "A", sum(fw[a][b] for a, b in zip(("A",) + best, best + ("A",))))
dg = Graph(directed=True)
for a, b in [(1, 2), (2, 3), (3, 1), (3, 4)]:
    dg.add_edge(a, b)
print(sorted(dg.dijkstra(1)[0].items()), sorted(dg.dijkstra(4)[0].items()), list(dg))
