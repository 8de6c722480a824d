# A literal running into a keyword is accepted with CPython's SyntaxWarning.
print(1if 1 else 2)
print(0 if 1else 2)
print([0x1for x in (1, 2)])
print(1 if 0b1and 1 else 0)
print(3in [3], 1or 2, 1is 1)
raise SystemExit(1)
