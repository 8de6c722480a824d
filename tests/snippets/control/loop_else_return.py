def first_even(nums):
    for n in nums:
        if n % 2 == 0:
            return n
    else:
        return None
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return "missing"
print(search([[1, 2], [3, 4]], 4), search([[1]], 9))
