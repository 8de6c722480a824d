# str.join errors, index/find errors, item assignment, concatenation and repetition errors
print(','.join(['a', 'b']), ''.join(iter('xyz')), '-'.join({'k': 1}), ' '.join(('a',)), 'x'.join([]), ','.join(map(str, range(3))))
tests = [
    lambda: ','.join(['a', 1]),
    lambda: ','.join([b'a']),
    lambda: ','.join(5),
    lambda: ','.join(['a', None, 'c']),
    lambda: 'abc'[3],
    lambda: 'abc'[-4],
    lambda: 'abc'[str(1)],
    lambda: 'abc'.index('z'),
    lambda: 'abc'.rindex('z'),
    lambda: 'abc'.find(1),
    lambda: 'abc'.count(None),
    lambda: 'a' + 1,
    lambda: 1 + 'a',
    lambda: 'a' * 'b',
    lambda: 'a' * 1.5,
    lambda: 'a' - 'b',
    lambda: -'a',
    lambda: 'a' < 1,
    lambda: 'a' in ['a'] and 1 in 'a',
    lambda: 'abc'.replace('a'),
    lambda: 'abc'.replace('a', 'b', 'c'),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
s = 'abc'
s[0] = 'z'
