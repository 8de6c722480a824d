s = "a\nb\tc\\d\'e\"f"
print(s)
print(repr(s))
print("\x41\x42\x43", "\101\102\103", "\0".encode(), len("\0"))
print("\u00e9", "\u00E9" == "é", "\U0001F600" == chr(0x1F600), len("\U0001F600"))
print("\N{BULLET}", "\N{LATIN SMALL LETTER A WITH ACUTE}", ord("\N{BULLET}"))
print(repr("\a\b\f\v\r"))
print(repr("é"), ascii("é"), ascii("\U0001F600"), ascii("\N{BULLET}"))
print("line1\
line2")
print(repr('it\'s'), repr("say \"hi\""), repr("both ' and \""))
print(repr("\x7f\x80\xa0\xff"), repr("\u2028"), repr("\ud800"))
print("\12\7\177" == "\n\a\x7f")
