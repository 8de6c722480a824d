def check(x):
    assert x > 0, f"expected positive, got {x}"
    return x
check(1)
print("first check passed")
check(-5)
