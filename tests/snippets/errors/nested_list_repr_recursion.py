nested = []
for _ in range(100000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("RecursionError:", e)
d = {}
for _ in range(100000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print("RecursionError:", e)
print("survived")
