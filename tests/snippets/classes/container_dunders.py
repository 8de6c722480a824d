class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        r, c = key
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for r in range(self.h):
            yield "".join(self[r, c] for c in range(self.w))
g = Grid(3, 2)
g[0, 1] = "#"
g[1, 2] = "@"
print(len(g), g[0, 1], g[0, 0], "#" in g, "?" in g)
print(list(g))
del g[0, 1]
print(list(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
