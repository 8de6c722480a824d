from collections import Counter
from itertools import product

class Life:
    def __init__(self, cells):
        self.cells = frozenset(cells)
        self.generation = 0

    @classmethod
    def from_text(cls, text):
        return cls((r, c) for r, line in enumerate(text.strip().splitlines())
                   for c, ch in enumerate(line) if ch == "#")

    def neighbours(self, cell):
        r, c = cell
        for dr, dc in product((-1, 0, 1), repeat=2):
            if dr or dc:
                yield r + dr, c + dc

    def step(self):
        counts = Counter(n for cell in self.cells for n in self.neighbours(cell))
        self.cells = frozenset(cell for cell, k in counts.items()
                               if k == 3 or (k == 2 and cell in self.cells))
        self.generation += 1
        return self

    def bbox(self):
        rs = [r for r, _ in self.cells]
        cs = [c for _, c in self.cells]
        return min(rs), min(cs), max(rs), max(cs)

    def __str__(self):
        if not self.cells:
            return "(empty)"
        r0, c0, r1, c1 = self.bbox()
        return "\n".join("".join("#" if (r, c) in self.cells else "." for c in range(c0, c1 + 1))
                         for r in range(r0, r1 + 1))

    def __len__(self):
        return len(self.cells)

    def normalized(self):
        r0, c0, _, _ = self.bbox()
        return frozenset((r - r0, c - c0) for r, c in self.cells)

glider = Life.from_text("""
.#.
..#
###
""")
start = glider.normalized()
for i in range(4):
    glider.step()
print(glider)
print("glider same shape after 4:", glider.normalized() == start, "moved to", glider.bbox()[:2])

blinker = Life.from_text("###")
seen = {}
for g in range(5):
    key = blinker.cells
    if key in seen:
        print(f"blinker period {g - seen[key]} found at generation {g}")
        break
    seen[key] = g
    blinker.step()

rpent = Life.from_text("""
.##
##.
.#.
""")
sizes = []
for _ in range(30):
    sizes.append(len(rpent))
    rpent.step()
print("r-pentomino populations:", sizes)
print("max", max(sizes), "at gen", sizes.index(max(sizes)))
