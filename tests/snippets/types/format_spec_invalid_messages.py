for v in (3.14, 5, "x", 2j, True, -7.5e10):
    for spec in ("bad spec", "10x9", "<<5", "qq"):
        try:
            print(repr(format(v, spec)))
        except ValueError as e:
            print(type(v).__name__, repr(spec), "->", e)
try:
    f"{5:10x9}"
except ValueError as e:
    print(e)
try:
    "{:qq}".format("s")
except ValueError as e:
    print(e)
print(format(5, ">3"), format("ab", "*^6"), format(3.5, "08.2f"))
