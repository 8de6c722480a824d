data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
total = 0
while (total := total + 3) < 10:
    print("total", total)
print((a := 5) + a)
