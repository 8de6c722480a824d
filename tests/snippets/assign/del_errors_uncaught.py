data = {"alpha": 1, "beta": 2}
del data["alpha"]
print(data)
del data["gamma"]
print("unreachable")
