# format() of ints with the whole format-spec mini-language
n = 1234567
for spec in ['', 'd', '10', '<10', '>10', '^10', '*^11', '010', '+', ' ', '-', ',', '_', '_x', '_b', 'x', 'X', '#x', '#X', '#o', '#b', 'o', 'b', 'e', '.2e', 'f', '.3f', '%', '.1%', 'g', 'n', '=+12', '0=12', '#012x', '+,', ',.2f']:
    print(repr(spec), repr(format(n, spec)))
for v in [-42, 0, 65, 2**70]:
    print(format(v, '+08d'), format(v, '#x'), format(v, '_o'), format(v, '=10,'))
print(format(True, 'd'), format(True, ''), format(False, '>5'), format(97, 'c'))
for spec in ['.2d', ',c', 's', 'z', '=', ',_', '_,', '#c', '+c']:
    try:
        print(repr(format(7, spec)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format(-1, 'c')
except OverflowError as e:
    print(type(e).__name__, e)
print(f'{255:#010b}|{255:^#12x}|{-3:=+6}|{12345:>+10,}')
