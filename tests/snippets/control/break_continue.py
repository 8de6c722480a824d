for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
n = 0
while True:
    n += 1
    if n < 3:
        continue
    print("n reached", n)
    break
out = []
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        out.append((i, j))
print(out)
