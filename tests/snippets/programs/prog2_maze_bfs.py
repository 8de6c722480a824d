from collections import deque
import heapq

MAZE = """
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#.....#..#
#.###...E#
##########
"""

class Maze:
    MOVES = {"N": (-1, 0), "S": (1, 0), "W": (0, -1), "E": (0, 1)}

    def __init__(self, text):
        self.grid = [list(row) for row in text.strip().splitlines()]
        self.h, self.w = len(self.grid), len(self.grid[0])
        self.start = self.find("S")
        self.end = self.find("E")

    def find(self, ch):
        return next((r, c) for r, row in enumerate(self.grid) for c, x in enumerate(row) if x == ch)

    def open(self, r, c):
        return 0 <= r < self.h and 0 <= c < self.w and self.grid[r][c] != "#"

    def neighbours(self, pos):
        r, c = pos
        for d, (dr, dc) in self.MOVES.items():
            if self.open(r + dr, c + dc):
                yield d, (r + dr, c + dc)

    def bfs(self):
        prev = {self.start: None}
        q = deque([self.start])
        while q:
            cur = q.popleft()
            if cur == self.end:
                break
            for d, nxt in self.neighbours(cur):
                if nxt not in prev:
                    prev[nxt] = (cur, d)
                    q.append(nxt)
        else:
            return None, len(prev)
        path, node = [], self.end
        while prev[node]:
            node, d = prev[node]
            path.append(d)
        return "".join(reversed(path)), len(prev)

    def astar(self):
        def h(p):
            return abs(p[0] - self.end[0]) + abs(p[1] - self.end[1])
        frontier = [(h(self.start), 0, self.start)]
        best = {self.start: 0}
        expanded = 0
        while frontier:
            f, g, cur = heapq.heappop(frontier)
            expanded += 1
            if cur == self.end:
                return g, expanded
            for _, nxt in self.neighbours(cur):
                if g + 1 < best.get(nxt, float("inf")):
                    best[nxt] = g + 1
                    heapq.heappush(frontier, (g + 1 + h(nxt), g + 1, nxt))
        return None, expanded

    def draw(self, path):
        g = [row[:] for row in self.grid]
        r, c = self.start
        for d in path[:-1]:
            dr, dc = self.MOVES[d]
            r, c = r + dr, c + dc
            g[r][c] = "*"
        return "\n".join("".join(row) for row in g)

m = Maze(MAZE)
path, visited = m.bfs()
print("start", m.start, "end", m.end)
print("path", path, "length", len(path), "visited", visited)
print(m.draw(path))
print("astar", m.astar())
from itertools import groupby
print("compressed", " ".join(f"{d}{len(list(g))}" for d, g in groupby(path)))
m.grid[7][3] = "#"
m.grid[3][6] = "#"
print("blocked:", m.bfs(), m.astar()[0])
