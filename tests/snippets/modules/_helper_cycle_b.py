import _helper_cycle_a
B_VALUE = "b"
def use_a():
    return "b sees " + _helper_cycle_a.A_VALUE
