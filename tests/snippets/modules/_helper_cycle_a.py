import _helper_cycle_b
A_VALUE = "a"
def use_b():
    return "a sees " + _helper_cycle_b.B_VALUE
