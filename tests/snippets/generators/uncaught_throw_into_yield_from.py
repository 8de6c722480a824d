def leaf():
    try:
        yield "leaf-1"
        yield "leaf-2"
    finally:
        print("leaf finally")

def middle():
    try:
        yield from leaf()
    finally:
        print("middle finally")

g = middle()
print(next(g))
g.throw(LookupError("thrown into chain"))
