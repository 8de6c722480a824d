matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 0])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
print([(i, j, k) for i in range(2) for j in range(2) for k in range(2) if i + j + k == 2])
print(sum([[1], [2, 3], [4]], []))
words = ["apple", "bob", "kayak", "level", "xyz"]
print([w for w in words if w == w[::-1]])
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
