from functools import reduce
from operator import xor
from itertools import combinations

def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0

def lowest_set_bit(n):
    return n & -n

def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r

def gray(n):
    return n ^ (n >> 1)

def gray_inverse(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n

def subsets(items):
    for mask in range(1 << len(items)):
        yield [x for i, x in enumerate(items) if mask >> i & 1]

def single_number(nums):
    return reduce(xor, nums)

def two_singles(nums):
    x = reduce(xor, nums)
    low = x & -x
    a = reduce(xor, (n for n in nums if n & low), 0)
    return sorted((a, x ^ a))

class BitSet:
    def __init__(self, bits=0):
        self.bits = bits

    def __or__(self, o): return BitSet(self.bits | o.bits)
    def __and__(self, o): return BitSet(self.bits & o.bits)
    def __xor__(self, o): return BitSet(self.bits ^ o.bits)
    def __sub__(self, o): return BitSet(self.bits & ~o.bits)
    def __invert__(self): return BitSet(~self.bits & 0xFF)
    def __contains__(self, i): return bool(self.bits >> i & 1)
    def __iter__(self):
        b, i = self.bits, 0
        while b:
            if b & 1:
                yield i
            b >>= 1
            i += 1
    def __len__(self): return popcount(self.bits)
    def __repr__(self): return f"BitSet({{{', '.join(map(str, self))}}})"

    @classmethod
    def of(cls, *idx):
        return cls(sum(1 << i for i in set(idx)))

for n in [0, 1, 6, 64, 255, 1023, 2**31 - 1, 12345678]:
    print(f"{n:>10} {n:#034b}"[:48], popcount(n), n.bit_count(), n.bit_length(), is_power_of_two(n), lowest_set_bit(n))
print([reverse_bits(x) for x in (1, 2, 0b1011, 0xF0)])
codes = [gray(i) for i in range(16)]
print([f"{c:04b}" for c in codes])
print(all(popcount(a ^ b) == 1 for a, b in zip(codes, codes[1:])), [gray_inverse(c) for c in codes] == list(range(16)))
print(list(subsets("abc")))
print(single_number([4, 1, 2, 1, 2]), two_singles([1, 2, 1, 3, 2, 5]))
a, b = BitSet.of(1, 3, 5, 7), BitSet.of(3, 4, 5)
print(a | b, a & b, a ^ b, a - b, ~a, len(a | b), 3 in a, 4 in a)
x, y = 25, 40
x ^= y; y ^= x; x ^= y
print("swapped", x, y, -1 >> 3, -17 >> 2, -17 // 4, (-1) & 0xFF, ~0, 1 << 100 >> 98)
print(sum(1 for m in range(1 << 10) if popcount(m) == 3), len(list(combinations(range(10), 3))))
print(int.from_bytes(b"\x01\x02", "little"), (258).to_bytes(2, "big"), (-2).to_bytes(2, "big", signed=True))
