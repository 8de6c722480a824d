# str.__format__ and format(): fill, alignment, width, precision, and the errors for numeric-only options
s = 'héllo'
for spec in ['', 's', '10', '<10', '>10', '^10', '^11', '*<9', '->9', '.^12', '.2', '10.3', '<10.0', '^7.4s', '\u00e9^9', '{<8', '}>8']:
    print(repr(spec), repr(format(s, spec)))
print(repr(format('', '>3')), repr(format('abc', '2')), repr(format('abc', '.0')), repr(format('日本', '^6')))
print('{:>{w}.{p}}|{:^{w}}'.format('abcdef', 'x', w=8, p=3))
for spec in ['=10', '+', ' 5', '#', '010', ',', 'd', 'x', '.2f', 'z']:
    try:
        print(repr(format('ab', spec)))
    except ValueError as e:
        print(type(e).__name__, e)
class S(str):
    pass
print(repr(format(S('sub'), '>6')), type(format(S('sub'), '')).__name__)
try:
    format('x', 5)
except TypeError as e:
    print(type(e).__name__, e)
