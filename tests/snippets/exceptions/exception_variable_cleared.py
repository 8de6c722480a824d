try:
    raise ValueError("x")
except ValueError as err:
    saved = err
try:
    print(err)
except NameError as e:
    print("NameError:", e)
print("saved:", saved)
err = "reassigned"
try:
    raise KeyError
except KeyError as err:
    pass
print("err" in dir())
