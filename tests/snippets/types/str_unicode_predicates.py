# isdecimal / isdigit / isnumeric / isalpha / isalnum / isspace / istitle / isupper / islower across scripts
samples = ['123', '١٢٣', '²', '½', 'Ⅻ', '〇', '一', '߀', '𝟘', 'abc', 'ABC', 'Abc', 'ǅ', 'ß', 'Σ', 'ª', 'ʰ', '٣a', '',
           ' ', '\u3000', '\x1c', '\x85', '\u200b', 'Title Case', 'Not title', 'ÉCOLE', 'école', '1A', 'a1', '_']
for s in samples:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.istitle(), s.isupper(), s.islower())
bmp = [i for i in range(0x10000) if not 0xd800 <= i < 0xe000]
print(sum(chr(i).isdigit() for i in bmp), sum(chr(i).isdecimal() for i in bmp))
print(sum(chr(i).isspace() for i in range(0x3100)), [hex(i) for i in range(0x3100) if chr(i).isspace()])
