# str.isidentifier / isprintable / isascii and keyword checks
for s in ['abc', '_x1', '1abc', '', 'a b', 'ñandú', 'π', 'x²', '℘', 'ａｂｃ', 'class', '__init__', 'a-b', 'Ⅻ', '·a', 'a·']:
    print(repr(s), s.isidentifier(), s.isprintable(), s.isascii())
import keyword
print(keyword.iskeyword('class'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), 'class'.isidentifier())
for s in ['', ' ', '\t', '\n', 'a\x7f', '\xa0', '\u200b', 'é', '\u2028', '\x00', '\U0001F600', '\ufeff', '\u00ad', '\U000E0001']:
    print(repr(s), s.isprintable(), s.isascii(), s.isspace())
print(''.isascii(), '\x7f'.isascii(), '\x80'.isascii(), b'\x7f'.isascii(), b'\x80'.isascii(), bytearray(b'ok').isascii())
