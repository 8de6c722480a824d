# casefold vs lower, special case mappings, and expandtabs with every tab size
for s in ['Straße', 'ǅemal', 'ΣΑΣ', 'ﬁne', 'İstanbul', 'MASSE', 'ß'.upper(), 'ﬀ'.upper(), 'ŉ']:
    print(s, s.lower(), s.casefold(), s.upper(), s.title(), s.swapcase(), s.capitalize(), len(s.upper()))
print('Straße'.casefold() == 'STRASSE'.casefold(), 'ß'.lower() == 'ss')
for s in ['a\tb\tc', '\t', 'ab\tcd\n\tx\ry\tz', '12345678\t9', '']:
    print([s.expandtabs(), s.expandtabs(4), s.expandtabs(1), s.expandtabs(0), s.expandtabs(-3), s.expandtabs(tabsize=3)])
try:
    'a\tb'.expandtabs(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print('hello world-foo_bar 3d'.title(), "they're bill's".title(), 'ǆ'.title(), 'aBc1D'.swapcase())
