rows = ((i, (j for j in range(i))) for i in range(4))
for i, g in rows:
    print(i, list(g))
total = sum(sum(j for j in range(i)) for i in range(10))
print(total)
print(list(x for x in (y * 2 for y in (z + 1 for z in range(5)))))
