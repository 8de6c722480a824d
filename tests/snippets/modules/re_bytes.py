# bytes patterns and bytes-like subjects
import re

print(re.match(b'a+', b'aab'))
print(re.search(rb'\d+', b'ab 12'))
print(re.findall(rb'[a-c]', b'abcd'))
print(re.match(b'(?i)ABC', b'abc'))
print(re.sub(rb'\s', b'_', b'a b c'))
print(re.split(rb'\s', b'a b c'))
print(re.match(b'a+', bytearray(b'aab')))
m = re.match(b'(a+)', bytearray(b'aab'))
print(m.group(1), type(m.group(1)).__name__)
print(re.match(b'a+', memoryview(b'aab')).group())
print(re.search(rb'\xff', b'a\xffb'))
print(re.match(rb'\w+', b'\xe9t\xe9'))
print(re.findall(rb'.', b'a\nb'))
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError:', e)
print(re.escape(b'a.b'))
print(re.compile(b'x').pattern, re.compile(b'(?P<n>x)').groupindex)
