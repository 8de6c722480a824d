for ch in "abc":
    print(ch, end=" ")
print()
for x in [1, 2.5, "s", None]:
    print(repr(x), end=" ")
print()
for k in {"b": 1, "a": 2}:
    print(k, end=" ")
print()
for k, v in {"x": 10, "y": 20}.items():
    print(k, v)
for v in (4, 5):
    print(v)
for n in {3, 1, 2}:
    print(n, end=" ")
print()
for b in b"hi":
    print(b)
for i in range(10, 0, -3):
    print(i, end=",")
print()
