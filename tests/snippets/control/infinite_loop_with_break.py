count = 0
while 1:
    count += 1
    if count * count > 500:
        break
print(count)
it = iter(range(100))
for x in it:
    if x == 5:
        break
print(next(it), next(it))
for x in it:
    if x > 10:
        break
print(x)
