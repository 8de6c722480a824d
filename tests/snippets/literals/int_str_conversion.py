for s in ["0", "-17", "+5", " 12 ", "1_2_3", "0010"]:
    print(repr(s), int(s))
for s, base in [("ff", 16), ("FF", 16), ("777", 8), ("1010", 2), ("zz", 36), ("0x1f", 0), ("0o17", 0), ("0b11", 0), ("10", 0)]:
    print(s, base, int(s, base))
print(str(-0), str(10 ** 20), repr(-(10 ** 20)))
for bad in ["", "1.5", "abc", "1__0", "_1", "0x", "08"]:
    try:
        print(int(bad, 0 if bad in ("0x", "08") else 10))
    except ValueError as e:
        print("ValueError:", e)
