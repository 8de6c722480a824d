def none_implicit():
    pass
def none_explicit():
    return
def multiple():
    return 1, "two", [3]
def early(x):
    if x:
        return "early"
    print("not early")
    return "late"
print(none_implicit(), none_explicit(), multiple())
a, b, c = multiple()
print(a, b, c)
print(early(True), early(False))
def in_loop():
    for i in range(10):
        if i == 3:
            return i
print(in_loop())
