# findall / finditer / scanner
import re

print(re.findall(r'\w+', 'hello big world'))
print(re.findall(r'(\w)(\d)', 'a1 b2 c'))
print(re.findall(r'(\w)\d', 'a1 b2 c'))
print(re.findall(r'(a)|b', 'ab'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'', 'ab'))
print(re.findall(r'\b\w', 'one two three'))
print(re.findall(r'(?i)the', 'The other THE'))
print(re.findall(r'\d+', 'no digits'))
print(re.findall(r'a|(b)', 'abab'))
print(re.findall(r'(?:ab)+', 'ababxab'))
print(re.findall(r'[aeiou]', 'programming language'))
for m in re.finditer(r'\d+', 'a1b22c333'):
    print(m.span(), m.group())
print([m.span() for m in re.finditer(r'x*', 'axb')])
print([m.group() for m in re.compile(r'\w+').finditer('one two', 4)])
p = re.compile(r'\d')
print(p.findall('1a2b3', 1, 4))
print([m.start() for m in p.finditer('1a2b3', pos=1)])
s = p.scanner('a1b2')
print(s.pattern is p)
print(s.search(), s.search(), s.search())
s = re.compile(r'\w').scanner('ab c')
print(s.match(), s.match(), s.match())
it = re.finditer('a', 'aa')
print(next(it).span(), next(it).span(), next(it, 'done'))
text = "He was carefully disguised but captured quickly by police."
print(re.findall(r"\w+ly\b", text))
for m in re.finditer(r"\w+ly\b", text):
    print('%02d-%02d: %s' % (m.start(), m.end(), m.group(0)))
