# format() of complex numbers
vals = [1 + 2j, -1.5 - 0.25j, 3j, complex(0, -0.0), complex(1e20, 1e-20), complex(float('inf'), float('nan'))]
for v in vals:
    print([format(v, s) for s in ['', '.2f', '>20', '<20.3e', '^20g', '+.1f', ' g', '.3', '*^24.2f']])
print(f'{1+2j:10.2f}|{-1j:}|{2+0j!s:>8}|{1j!r}')
for spec in ['=10', '010', 'd', '%', 'c']:
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print(type(e).__name__, e)
