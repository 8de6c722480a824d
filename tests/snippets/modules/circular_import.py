import _helper_cycle_a
import _helper_cycle_b
print(_helper_cycle_a.use_b(), _helper_cycle_b.use_a())
print(_helper_cycle_a._helper_cycle_b is _helper_cycle_b)
