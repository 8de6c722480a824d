for s in ["plain", "it's", 'say "x"', "both ' \"", "\\", "tab\there", "", "\n"]:
    print(repr(s), len(repr(s)))
print(str("x"), repr(repr("x")))
print(repr("\x00\x1f\x7f"))
print(repr("üñí"), repr("日本"), repr("\U0001F600"))
