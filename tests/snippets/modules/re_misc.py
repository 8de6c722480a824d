# re.Scanner, template corner cases, Unicode classes and case folding
import re
def s_ident(scanner, token): return ('ID', token)
def s_int(scanner, token): return ('INT', int(token))
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+", s_int),
    (r"=|\+|-", lambda s, t: ('OP', t)),
    (r"\s+", None),
])
print(scanner.scan("sum = 3 + x1 - 42 ?"))
print(scanner.scanner.pattern)
p = re.compile(r'(?P<a>\w)')
print(p.sub(r'\g<a>\g<a>', 'ab'), p.subn(lambda m: m.group().upper(), 'ab c'))
print(re.sub(r'(a)|(b)', r'\1\2', 'abc'))
print(re.match(r'(?#comment)a', 'a'))
print(re.fullmatch(r'\d{3}-\d{4}', '555-1234'))
print(re.search(r'(?P<year>\d{4})-(?P<mon>\d\d)', 'on 2024-05-01').groupdict())
print(re.compile(r'\s*,\s*').split('a , b,c ,d'))
print(type(p.scanner('a')))
print(re.compile(r'(?P<x>a)').match('a').group(True) if False else '')
m = re.match('(a)(b)', 'ab')
print(m.group(False), m.start(True))
print(re.sub('a', '\\\\', 'cab'))
print(re.sub('(?P<n>a)', '\\g<n>\\g<n>', 'cab'))
print(re.match(r'\d', '٣'), re.match(r'(?a)\d', '٣'))
print(re.search(r'\s', '\x1c'), re.search(r'\s', '\u00a0'), re.search(r'(?a)\s', '\u00a0'))
print(re.findall(r'(?i)[^k]', 'kK\u212a'))
print(re.match(r'(?i)\u0130', 'i'), re.match(r'(?i)i', '\u0130'), re.match(r'(?i)[\u0130]', '\u0069'))
print(re.match(r'(?i)\u1e9e', '\u00df'), re.match(r'(?i)\u00df', '\u1e9e'))
print(re.match(r'(?i)\u01c5', '\u01c4'), re.match(r'(?i)\u01c5', '\u01c6'))
print(re.match(r'(?i)[\U00010400]', '\U00010428'), re.match(r'(?i)\U00010400', '\U00010428'))
print(re.match(r'(?i)[\U00010400-\U00010410]+', '\U00010428\U00010429'))
print(re.match(r'(?i)\u1fb3', '\u1fbc'), re.match(r'(?i)\u1fbc', '\u1fb3'))
print(re.match(rb'(?L)a', b'A'), re.match(rb'(?Li)a', b'A'))
print(re.match(r'x', 'x').re is not None, re.compile('x').match('x').string)
print(re.match('(?:)*', '') , re.match('(?:a|)*', 'aab'))
print(re.fullmatch('(?:a|)*b', 'aab'))
print(re.match(r'(a)(?(1)|b)', 'a'))
print(re.match(r'(?P<a>.)(?P=a)', 'xx'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
for f in (lambda: re.Pattern(), lambda: re.Match()):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
print(type(re.compile('a').scanner('a')).__name__)
import re
try:
    class X(re.Pattern): pass
except TypeError as e:
    print(e)
try:
    class Y(bool): pass
except TypeError as e:
    print(e)
