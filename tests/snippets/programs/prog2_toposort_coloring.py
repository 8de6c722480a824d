from collections import defaultdict, deque

class CycleError(ValueError):
    def __init__(self, cycle):
        super().__init__("cycle: " + " -> ".join(cycle))
        self.cycle = cycle

def toposort(deps):
    graph = defaultdict(set)
    indeg = {}
    for node, reqs in deps.items():
        indeg.setdefault(node, 0)
        for r in reqs:
            indeg.setdefault(r, 0)
            if node not in graph[r]:
                graph[r].add(node)
                indeg[node] += 1
    queue = deque(sorted(n for n, d in indeg.items() if d == 0))
    order = []
    while queue:
        n = queue.popleft()
        order.append(n)
        for m in sorted(graph[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                queue.append(m)
    if len(order) < len(indeg):
        raise CycleError(find_cycle(deps))
    return order

def find_cycle(deps):
    WHITE, GRAY, BLACK = range(3)
    color = defaultdict(int)
    path = []
    def dfs(n):
        color[n] = GRAY
        path.append(n)
        for m in sorted(deps.get(n, ())):
            if color[m] == GRAY:
                return path[path.index(m):] + [m]
            if color[m] == WHITE:
                c = dfs(m)
                if c:
                    return c
        path.pop()
        color[n] = BLACK
        return None
    for n in sorted(deps):
        if color[n] == WHITE:
            c = dfs(n)
            if c:
                return c

def greedy_coloring(edges):
    adj = defaultdict(set)
    for a, b in edges:
        adj[a].add(b)
        adj[b].add(a)
    colors = {}
    for node in sorted(adj, key=lambda n: (-len(adj[n]), n)):
        used = {colors[m] for m in adj[node] if m in colors}
        colors[node] = next(c for c in range(len(adj)) if c not in used)
    return colors

def is_bipartite(edges):
    adj = defaultdict(list)
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    side = {}
    for start in sorted(adj):
        if start in side:
            continue
        side[start] = 0
        q = deque([start])
        while q:
            n = q.popleft()
            for m in adj[n]:
                if m not in side:
                    side[m] = 1 - side[n]
                    q.append(m)
                elif side[m] == side[n]:
                    return False
    return True

packages = {
    "app": ["web", "db", "log"], "web": ["http", "log"], "db": ["log", "pool"],
    "http": ["socket"], "pool": [], "socket": [], "log": [], "tests": ["app", "mock"],
}
print(toposort(packages))
bad = dict(packages, socket=["app"])
try:
    toposort(bad)
except CycleError as e:
    print(e, len(e.cycle))

petersen = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0), (0, 5), (1, 6), (2, 7), (3, 8), (4, 9),
            (5, 7), (7, 9), (9, 6), (6, 8), (8, 5)]
col = greedy_coloring(petersen)
print(col, max(col.values()) + 1, all(col[a] != col[b] for a, b in petersen))
states = {"WA": ["NT", "SA"], "NT": ["WA", "SA", "Q"], "SA": ["WA", "NT", "Q", "NSW", "V"],
          "Q": ["NT", "SA", "NSW"], "NSW": ["Q", "SA", "V"], "V": ["SA", "NSW"], "T": []}
edges = [(a, b) for a, bs in states.items() for b in bs if a < b]
names = ["red", "green", "blue", "yellow"]
print({k: names[v] for k, v in sorted(greedy_coloring(edges).items())})
print(is_bipartite(petersen), is_bipartite([(i, (i + 1) % 6) for i in range(6)]), is_bipartite([(0, 1), (1, 2), (2, 0)]))
