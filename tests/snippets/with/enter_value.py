class Resource:
    def __enter__(self):
        return {"handle": 42}
    def __exit__(self, *a):
        return None
with Resource() as r:
    print(r["handle"])
with Resource() as (r2):
    print(type(r2).__name__)
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (x, y):
    print(x + y)
holder = {}
with Pair() as holder["p"]:
    pass
print(holder)
