# re.error messages from the parser, and pathological patterns that must finish
import re

for pat in ['(', ')', '[a', 'a**', '(?P<1>a)', '(?P<a>x)(?P<a>y)', r'\1', '(?<=a+)b',
            'a{2,1}', '(?z)', '*', r'\p', '[z-a]', '(?P=nope)', 'x{99999999999}']:
    try:
        re.compile(pat)
        print(pat, 'compiled')
    except re.error as e:
        print(repr(pat), '->', e, '| pos', e.pos)
    except OverflowError as e:
        print(repr(pat), '-> OverflowError', e)

e = None
try:
    re.compile('a(b')
except re.error as err:
    e = err
print(type(e).__name__, e.msg, e.pattern, e.pos, e.lineno, e.colno)
print(re.error is re.error, issubclass(re.error, Exception))

# Exponential for a naive backtracker, must still finish.
print(re.match(r'(a*)*b', 'a' * 16))
print(re.match(r'(a|aa)*c', 'a' * 18))
print(re.match(r'(?:a+)+b', 'a' * 16))
print(re.match(r'(x+x+)+y', 'x' * 14))
print(re.match(r'(a*)*$', 'a' * 30))
print(re.fullmatch(r'(\w+\s?)*', 'word ' * 6))
# Deeply repeated groups must not overflow the Rust stack.
print(len(re.match(r'(?:ab)*', 'ab' * 50000).group()))
print(len(re.match(r'(a|b)*', 'ab' * 50000).group()))
print(re.match(r'(?:a|b)*?c', 'ab' * 20000 + 'c').end())
print(len(re.findall(r'\w', 'x' * 100000)))
print(re.search(r'z', 'y' * 200000))
