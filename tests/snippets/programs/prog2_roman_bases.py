import string

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = []
    for value, sym in ROMAN:
        q, n = divmod(n, value)
        out.append(sym * q)
    return "".join(out)

def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total

DIGITS = string.digits + string.ascii_uppercase

def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    assert from_roman(r) == n
    print(f"{n:>5} {r:<12} b2={to_base(n, 2):>12} b7={to_base(n, 7):>6} b16={to_base(n, 16):>4} b36={to_base(n, 36)}")

for bad in ["IIII", "VX", "MCMXCIV", "IC", "XLII"]:
    try:
        print(bad, "->", from_roman(bad))
    except ValueError as e:
        print(bad, "->", e)
for bad in [0, 4000]:
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)

for n in [-255, 0, 255, 2**40 + 7]:
    for b in (2, 8, 16, 36):
        s = to_base(n, b)
        assert int(s, b) == n, (n, b, s)
    print(n, to_base(n, 2), to_base(n, 16), format(n, "#x"), f"{n:o}", bin(n))

print(sum(len(to_roman(i)) for i in range(1, 4000)), max(range(1, 4000), key=lambda i: len(to_roman(i))))
