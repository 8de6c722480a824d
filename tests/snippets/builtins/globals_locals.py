x = 10
def show_locals(a, b=2):
    c = a + b
    return locals()
print(show_locals(1))
g = globals()
print(g["x"], "show_locals" in g, g["__name__"])
g["dynamic_var"] = "created via globals"
print(dynamic_var)
def modify_global():
    globals()["x"] = 99
modify_global()
print(x)
print(sorted(k for k in globals() if not k.startswith("__")))
