# CPython's tokenizer messages and positions for malformed number literals.
cases = ['0777', '1__0', '0b12', '0o8', '0_', 'x = 0xg', '1_000_', 'x = 1e', '1e+5x',
         '1.5jk', 'a = 09', 'a=1_', '5abc', '0x', '0b', '0o_', '0x_', '1_e5', '1e_5',
         '1e5_', '0b1_', '0o7_8', '0b1012', '1.2.3', '.5_', '1._5', '00_7', '0_0_', '007',
         '0e', '1jx', '1.e', '0xfor x in y', 'x = 1not in y', '[0x1for x in ()]',
         'x = 0777 + 1__0']
for src in cases:
    try:
        compile(src, '<s>', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)
print(0o17, 0b1_0, 0x_f, 1_0.5e-1_0j, .5, 00, 0.0, 0_0, 1_0e1_0, 0e0, 09.5, 00.5j)
