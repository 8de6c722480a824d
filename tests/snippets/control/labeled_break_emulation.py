grid = [[1, 2, 3], [4, 99, 6], [7, 8, 99]]

# 1: flag variable
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 99:
            found = (r, c)
            break
    if found:
        break
print("flag", found)

# 2: for/else continue trick
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 99:
            break
    else:
        continue
    print("else-trick", r, c)
    break

# 3: exception as label
class Found(Exception):
    pass
try:
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v > 5:
                raise Found(r, c, v)
except Found as e:
    print("exception", e.args)

# 4: function return
def find(pred):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if pred(v):
                return r, c
    return None
print("return", find(lambda v: v % 4 == 0), find(lambda v: v > 100))

# 5: generator + next
pos = next(((r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == 8), "none")
print("generator", pos)

# 6: continue outer via inner flag
out = []
for row in grid:
    skip = False
    for v in row:
        if v == 99:
            skip = True
            break
    if skip:
        continue
    out.append(sum(row))
print("continue-outer", out)
