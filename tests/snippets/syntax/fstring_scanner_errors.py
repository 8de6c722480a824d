cases = [
    "f'{'", "f'}'", "f'{a'", "f'{a!}'", "f'{a!x}'", "f'{a!r'", "f'{a:{b}'", "f'{}'", "f'{ }'",
    "f'{a b}'", "f'{\\n}'", "f'{a#}'", "f'{a)}'", "f'{(a}'", "f'{a:{b:{c:{d}}}}'",
    "x = f'{'  # c", "x = f'{' + 1", "f'{a}' f'{'", "f'{!r}'", "f'{a=!}'", "f'{1+}'",
    "f'''\n{\n1+\n}'''", "f'{a!r:}' f'}'", "f'{lambda x: 1}'", "f'{yield}'", "f'abc}def'",
    "f'{a:}}'", "f'{a!r=}'", "(f'{',)", "f'{*a}'", "f'{a:{*b}}'", "rf'{\\n}'", "f'{\"a\"}'",
    "def f():\n    return f'{1 +* 2}'\n", "f'{a[}'", "f'{a]}'", "f'{=}'", "f'{:}'",
]
for c in cases:
    try:
        compile(c, "<s>", "exec")
        print(repr(c), "OK")
    except SyntaxError as e:
        print(repr(c), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# Valid f-strings the 3.11 scanner accepts.
w = 7
x = 3.5
print(f"{'a'}", f'{x!r:>{w}}', f"""{
x
}""", f'{{}}', rf'\d{x}', f'{x=}', f'{ x = }', f"{'{'}")
print(f'{(lambda: 1)()}', f'{[1, 2][0]}', f'{ {"a": 1}["a"] }', f'{3!a}')
