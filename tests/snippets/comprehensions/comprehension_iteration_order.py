log = []
def src(name, items):
    log.append(name)
    return items
out = [(a, b) for a in src("outer", [1, 2]) for b in src("inner", "xy")]
print(out)
print(log)
log.clear()
g = (v for v in src("gen-outer", [1]))
print(log)
print(list(g), log)
