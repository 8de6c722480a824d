print(bool(), bool(0), bool(1), bool(-1), bool(""), bool("False"), bool([]), bool([[]]))
print(bool(None), bool(0.0), bool(-0.0), bool(float("nan")), bool(0j), bool(range(0)))
print(bool.__name__, True.__class__, type(bool(5)))
print(True + 1, True * 3.5, sum([True, True, False]))
