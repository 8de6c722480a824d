def queens(n):
    cols, d1, d2 = set(), set(), set()
    placement = []
    def place(r):
        if r == n:
            yield tuple(placement)
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c)
            placement.append(c)
            yield from place(r + 1)
            placement.pop()
            cols.discard(c); d1.discard(r - c); d2.discard(r + c)
    yield from place(0)

def render(sol):
    n = len(sol)
    return "\n".join("".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n))

def canonical(sol):
    n = len(sol)
    def rot(s):
        out = [0] * n
        for r, c in enumerate(s):
            out[c] = n - 1 - r
        return tuple(out)
    def flip(s):
        return tuple(n - 1 - c for c in s)
    forms = []
    s = sol
    for _ in range(4):
        s = rot(s)
        forms.append(s)
        forms.append(flip(s))
    return min(forms)

for n in range(1, 9):
    sols = list(queens(n))
    unique = {canonical(s) for s in sols}
    print(f"n={n}: {len(sols):3d} solutions, {len(unique):2d} unique")
first = next(queens(6))
print(first)
print(render(first))

# Sudoku
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
def parse(text):
    rows = [line for line in text.strip().splitlines()]
    return [[0 if ch == "." else int(ch) for ch in row] for row in rows]

def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]

steps = 0
def solve(g):
    global steps
    empties = [(r, c) for r in range(9) for c in range(9) if g[r][c] == 0]
    if not empties:
        return True
    r, c = min(empties, key=lambda rc: len(candidates(g, *rc)))
    for d in candidates(g, r, c):
        steps += 1
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False

grid = parse(PUZZLE)
print("solved:", solve(grid), "steps:", steps)
for i, row in enumerate(grid):
    if i and i % 3 == 0:
        print("------+-------+------")
    print(" | ".join(" ".join(map(str, row[j:j + 3])) for j in (0, 3, 6)))
assert all(sorted(row) == list(range(1, 10)) for row in grid)
assert all(sorted(col) == list(range(1, 10)) for col in zip(*grid))
