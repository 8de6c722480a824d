try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare AssertionError", e.args, repr(e))
assert True, "not raised"
x = [1]
try:
    assert len(x) == 0, f"list has {len(x)} items"
except AssertionError as e:
    print(e)
