values = [3, 8, 1, 9]
if (m := max(values)) > 5:
    print("max", m)
results = [(x, sq) for x in values if (sq := x * x) > 10]
print(results, sq)
line_iter = iter(["a", "b", "", "c"])
while (line := next(line_iter)) != "":
    print("line", line)
def f():
    if any((hit := v) > 7 for v in values):
        return hit
print(f())
print([last := i for i in range(3)], last)
