# format() of floats: e/f/g/%/n presentation types, precision, alignment, sign, '#', ',' and '_'
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-7, 1.5e300, float('inf'), float('-inf'), float('nan')]
specs = ['', 'f', '.2f', '.0f', '#.0f', 'e', '.3e', 'E', 'g', '.3g', '#g', 'G', '%', '.1%', '+.2f', ' .2f', '12.3f', '<12.3f', '^12.3f', '*>12.3f', '012.3f', '=+12.3f', ',.2f', '_.2f', 'n', '.10g', '.1g', '.0e', 'F']
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(123.456, '.2'), format(1e20, ''), format(1e16, ''), format(1e16, '.17'), format(0.1, '.20f'))
print(format(1e100, 'f')[:30], len(format(1e300, 'f')))
print(f'{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f}')
for spec in ['d', 'c', 'x', '.2s', ',_f', 'z.1f']:
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print(type(e).__name__, e)
