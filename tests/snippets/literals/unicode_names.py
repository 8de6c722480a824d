s = "\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}"
print(s, len(s), [hex(ord(c)) for c in s])
print("\N{EM DASH}", "\N{SNOWMAN}", "\N{DIGIT ONE}")
print("\N{bullet}" == "\u2022")
print("é".encode("utf-8"), "€".encode(), "\U0001F600".encode())
print(len("€".encode()), len("\U0001F600".encode("utf-8")))
