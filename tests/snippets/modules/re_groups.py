# Match object API: groups, names, spans, lastindex, repr
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<extra> \w+)?', 'Jane Doe')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m['first'], m[2], m['extra'])
print(m.groups(), m.groups('-'))
print(m.groupdict(), m.groupdict(default='?'))
print(m.start(), m.end(), m.span(), m.start('last'), m.end(2), m.span(3))
print(m.lastindex, m.lastgroup)
print(m.regs)
print(m.pos, m.endpos, m.string, m.re)
print(m.expand(r'\2, \1! \g<first>/\g<0>'))
print(type(m), type(m).__name__, type(m).__module__)
m2 = re.match(r'((a)(b))', 'ab')
print(m2.lastindex, m2.lastgroup, m2.groups())
m3 = re.match(r'(a)(b)?', 'a')
print(m3.lastindex, m3.groups(), m3.span(2), m3.start(2))
m4 = re.match(r'(?P<x>a)|(?P<y>b)', 'b')
print(m4.lastindex, m4.lastgroup, m4.groupdict())
print(re.match('a', 'a').lastindex)
for bad in (3, -1, 'nope', 1.5):
    try:
        m2.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m2[5]
except IndexError as e:
    print('IndexError', e)
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.match(r'(\d+)', 'x 12') is None)
m5 = re.search(r'(?P<num>\d+)', 'abc 123 def')
print(m5, repr(m5.group('num')), m5.span('num'))
print(re.match('.*', 'x' * 60))
print(re.match(b'a+', b'aab'))
p = re.compile(r'(?P<a>x)(?P<b>y)?')
print(p.groups, p.groupindex, dict(p.groupindex), p.pattern, p.flags)
print(sorted(re.compile('(a)(?P<z>b)').groupindex.items()))
print(bool(re.match('a', 'a')), bool(re.match('a', 'b')))
print(re.Match, re.Pattern)
