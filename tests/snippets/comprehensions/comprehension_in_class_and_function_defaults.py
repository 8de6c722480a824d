class Table:
    size = 3
    rows = [[0] * 3 for _ in range(3)]
    labels = {i: chr(65 + i) for i in range(3)}
print(Table.rows, Table.labels)
def f(values=[x * x for x in range(4)]):
    return values
print(f(), f([1]))
print([[(r, c) for c in range(2)] for r in range(2)])
