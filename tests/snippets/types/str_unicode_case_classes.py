tests = ["123", "½", "²", "٣", "Ⅻ", "一", "ǅ", "ǆa", "ß", "ﬁ", "ŉ", "ᾳ", "a1b c", "中文abc", "Ǆungla", "hello wORLD", "ΣΑΣ ΟΔΟΣ", "ǈ", "é", "\u0345", "ꭰ"]
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.title(), t.capitalize(), t.casefold(), t.upper(), t.lower(), t.istitle(), t.swapcase())
