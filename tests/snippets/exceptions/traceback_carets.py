def f(d):
    return d["a"]["b"]["c"]
data = {"a": {"b": {}}}
def g():
    x = 1
    y = 0
    return (x +
            x / y)
try:
    f(data)
except KeyError as e:
    print("KeyError", e)
g()
