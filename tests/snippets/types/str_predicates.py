tests = ["123", "12.5", "abc", "ABC", "abc123", "", " ", "\t\n", "Ⅻ", "½", "٣", "Title Case", "_id", "a b"]
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace(), t.isidentifier(), t.isascii(), t.isprintable())
