# sys.int_info and sys.hash_info: field names, types and the values the language guarantees
import sys
ii = sys.int_info
print(type(ii).__name__, len(ii), all(isinstance(x, int) for x in ii), ii.bits_per_digit in (15, 30, 60), ii.sizeof_digit in (2, 4, 8))
print(ii.default_max_str_digits, ii.str_digits_check_threshold, sys.get_int_max_str_digits())
hi = sys.hash_info
print(hi.width, hi.modulus == 2**61 - 1, hi.inf, hi.nan, hi.imag, hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff)
print(hash(float('inf')) == hi.inf, hash(float('-inf')) == -hi.inf, hash(1j) == hi.imag, hash(hi.modulus) == 0)
print(len(hi), type(hi).__name__)
