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

# A hand-made bad code list raises instead of crashing.
import _sre
for code in ([99], [17, 500, 1], [24, 9, 0, 1, 16], [7, 3, 16], []):
    try:
        p = _sre.compile('a', 0, code, 0, {}, (None,))
        print(code, p.match('aaa') is None or 'matched')
    except RuntimeError:
        print(code, 'RuntimeError')
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(_sre.unicode_iscased(ord('a')), _sre.ascii_iscased(ord('1')), _sre.unicode_tolower(ord('\u0130')), _sre.ascii_tolower(ord('Q')))
