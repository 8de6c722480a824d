for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    print(row)
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
total = 0
for row in grid:
    for v in row:
        total += v
print("total", total)
found = None
for i, row in enumerate(grid):
    for j, v in enumerate(row):
        if v == 5:
            found = (i, j)
            break
    if found:
        break
print("found", found)
