# sys.float_info matches IEEE-754 double precision
import sys
fi = sys.float_info
print(fi)
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
print(len(fi), fi[0] == fi.max, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.max * 2 == float('inf'), fi.min / 2 > 0)
print(type(fi).__name__, sys.float_repr_style)
