grid = [[1, 2], [3, 4]]
def cell(r, c):
    return grid[r][c]
print(cell(1, 1))
print(cell(1, 2))
