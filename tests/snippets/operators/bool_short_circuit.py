print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" and "y")
print([] or {} or 0 or "last", [1] and (2,) and "end")
print(not 0, not 1, not "", not [0], not None)
def t(x):
    print("eval", x)
    return x
r = t(0) and t(1)
print("r", r)
r = t(1) or t(2)
print("r", r)
r = t(0) or t("") or t(None)
print("r", r)
print(1 and 0 or 3, 0 or 0 and 5)
